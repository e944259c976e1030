package com.voxhub.webhook.provider.sendgrid;

import com.voxhub.webhook.callback.domain.CallbackRefused;
import com.voxhub.webhook.callback.domain.Channel;
import com.voxhub.webhook.callback.domain.EventIds;
import com.voxhub.webhook.callback.domain.EventType;
import com.voxhub.webhook.callback.domain.ProviderEvent;
import com.voxhub.webhook.callback.domain.RefusalReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Normalizes a SendGrid Event Webhook batch (a JSON array of events). A batch is accepted or refused whole: one
 * event we cannot read makes it malformed (400) and nothing of it is published, so a batch is never half-applied.
 */
public class SendGridEventParser {

    public static final String PROVIDER = "sendgrid";

    // Our own mapper: vendor parsing must not change with the application's JSON settings.
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public List<ProviderEvent> parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw malformed("Body is not valid JSON");
        }
        if (root == null || !root.isArray()) {
            throw malformed("Body must be a JSON array of events");
        }
        List<ProviderEvent> events = new ArrayList<>(root.size());
        for (JsonNode event : root) {
            if (!event.isObject()) {
                throw malformed("Every event must be a JSON object");
            }
            events.add(toEvent(event));
        }
        return events;
    }

    private ProviderEvent toEvent(JsonNode event) {
        String name = text(event, "event");
        if (name == null) {
            throw malformed("Every event needs an \"event\" name");
        }
        EventType type = SendGridEventTypes.of(name);
        String providerEventId = text(event, "sg_event_id");
        if (providerEventId == null) {
            providerEventId = EventIds.contentHash(JSON.writeValueAsBytes(event));
        }
        return ProviderEvent.builder(PROVIDER, providerEventId, messageId(event), Channel.EMAIL, type)
                .reference(reference(event))
                .bounceType(SendGridEventTypes.bounceType(name, text(event, "type")))
                .machineOpen(bool(event, "sg_machine_open"))
                .url(type == EventType.CLICKED ? text(event, "url") : null)
                .errorCode(type == EventType.BOUNCED || type == EventType.DROPPED ? text(event, "status") : null)
                .errorMessage(errorMessage(event, type))
                .to(text(event, "email"))
                .providerTimestamp(timestamp(event))
                .build();
    }

    /**
     * sg_message_id is the X-Message-Id our sender stored, followed by ".filter..." routing detail. SendGrid omits it
     * on delayed (asynchronous) bounces; then the SMTP Message-ID is the best we have, and consumers fall back to
     * our reference.
     */
    static String messageId(JsonNode event) {
        String id = text(event, "sg_message_id");
        if (id != null) {
            int dot = id.indexOf('.');
            return dot < 0 ? id : id.substring(0, dot);
        }
        String smtpId = text(event, "smtp-id");
        return smtpId == null ? "" : smtpId.replaceAll("^<|>$", "");
    }

    /** Our reference travels as custom_args.reference, which SendGrid flattens into the event (or unique_args). */
    private static String reference(JsonNode event) {
        String reference = text(event, "reference");
        if (reference == null && event.get("unique_args") != null) {
            reference = text(event.get("unique_args"), "reference");
        }
        return reference;
    }

    private static String errorMessage(JsonNode event, EventType type) {
        return switch (type) {
            case BOUNCED, DROPPED -> text(event, "reason");
            case DEFERRED -> text(event, "response");
            default -> null;
        };
    }

    private static Instant timestamp(JsonNode event) {
        JsonNode value = event.get("timestamp");
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return Instant.ofEpochSecond(value.asLong());
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(value.asString().trim()));
        } catch (NumberFormatException e) {
            throw malformed("\"timestamp\" must be unix seconds");
        }
    }

    private static boolean bool(JsonNode event, String name) {
        JsonNode value = event.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        return value.isBoolean() ? value.booleanValue() : "true".equalsIgnoreCase(value.asString());
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || !value.isValueNode()) {
            return null;
        }
        String text = value.asString();
        return text.isBlank() ? null : text;
    }

    private static CallbackRefused malformed(String message) {
        return new CallbackRefused(PROVIDER, RefusalReason.MALFORMED_BODY, message);
    }
}
