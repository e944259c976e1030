package com.voxhub.messaging.message.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What this service needs of a campaign job (one contact to reach) to build its message. */
public record JobSnapshot(
        long jobId,
        long campaignId,
        long accountId,
        Channel channel,
        String reference,
        String name,
        String email,
        List<String> numbers,
        Instant appointment,
        Instant sendAt,
        Map<String, String> data,
        String label,
        String url,
        String value,
        String city,
        String postalCode,
        String country,
        boolean simulation,
        String messageTemplate) {

    /** JobQueued.messageTemplate for a seed-000 invite: render the campaign's sms_invite_template. */
    public static final String SMS_INVITE = "sms_invite";

    public JobSnapshot {
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    public boolean isInvite() {
        return SMS_INVITE.equals(messageTemplate);
    }

    /** The phone number or email address the message goes to, or null when the job has none. */
    public String destination() {
        if (channel == Channel.EMAIL) {
            return email;
        }
        return numbers.isEmpty() ? null : numbers.get(0);
    }

    /**
     * Template variables: the job's {@code data} entries at top level, then the job's own fields (which win over a
     * data key of the same name), and {@code data} as a nested map for templates that say {@code {{data.key}}}.
     * Null fields are left out so that strict rendering reports them as missing.
     */
    public Map<String, Object> templateModel() {
        Map<String, Object> model = new LinkedHashMap<>(data);
        put(model, "name", name);
        put(model, "email", email);
        put(model, "reference", reference);
        put(model, "label", label);
        put(model, "url", url);
        put(model, "value", value);
        put(model, "city", city);
        put(model, "postalCode", postalCode);
        put(model, "country", country);
        put(model, "appointment", appointment == null ? null : appointment.toString());
        put(model, "number", numbers.isEmpty() ? null : numbers.get(0));
        model.put("data", data);
        return model;
    }

    private static void put(Map<String, Object> model, String key, Object value) {
        if (value != null) {
            model.put(key, value);
        }
    }
}
