package com.voxhub.webhook.provider.twilio;

import com.voxhub.webhook.callback.domain.CallbackRefused;
import com.voxhub.webhook.callback.domain.Channel;
import com.voxhub.webhook.callback.domain.EventIds;
import com.voxhub.webhook.callback.domain.EventType;
import com.voxhub.webhook.callback.domain.InboundReply;
import com.voxhub.webhook.callback.domain.ProviderEvent;
import com.voxhub.webhook.callback.domain.RefusalReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Normalizes Twilio's status callbacks (Messages StatusCallback, Calls StatusCallback with AMD) and inbound SMS.
 * The vocabularies are in {@link TwilioStatuses}.
 */
public class TwilioCallbackParser {

    public static final String PROVIDER = "twilio";

    public ProviderEvent messageStatus(TwilioForm form, String reference) {
        String sid = firstOf(form, "MessageSid", "SmsSid");
        String status = firstOf(form, "MessageStatus", "SmsStatus");
        require(sid, "MessageSid");
        require(status, "MessageStatus");
        return ProviderEvent.builder(PROVIDER, contentId(form), sid, Channel.SMS, TwilioStatuses.message(status))
                .reference(reference)
                .errorCode(form.get("ErrorCode"))
                .errorMessage(form.get("ErrorMessage"))
                .from(form.get("From"))
                .to(form.get("To"))
                .providerTimestamp(timestamp(form.get("Timestamp")))
                .sequence(longValue(form, "SequenceNumber"))
                .build();
    }

    /**
     * A call progress callback. An asynchronous AMD callback carries AnsweredBy without CallStatus: the machine
     * detection result only exists for an answered call, so it is an answer event with the detection result.
     */
    public ProviderEvent callStatus(TwilioForm form, String reference) {
        String sid = form.get("CallSid");
        String status = form.get("CallStatus");
        String answeredBy = TwilioStatuses.answeredBy(form.get("AnsweredBy"));
        require(sid, "CallSid");
        if (status == null && answeredBy == null) {
            require(null, "CallStatus");
        }
        EventType type = status == null ? EventType.CALL_ANSWERED : TwilioStatuses.call(status);
        return ProviderEvent.builder(PROVIDER, contentId(form), sid, Channel.VOICE, type)
                .reference(reference)
                .answeredBy(answeredBy)
                .pressedKeys(form.get("Digits"))
                .durationSeconds(intValue(form, "CallDuration"))
                .errorCode(form.get("ErrorCode"))
                .errorMessage(form.get("ErrorMessage"))
                .from(form.get("From"))
                .to(form.get("To"))
                .providerTimestamp(timestamp(form.get("Timestamp")))
                .sequence(longValue(form, "SequenceNumber"))
                .build();
    }

    /** An SMS a contact sent to one of our numbers; accountId comes from our webhook URL when it carries one. */
    public InboundReply inboundSms(TwilioForm form, Long accountId) {
        String sid = firstOf(form, "MessageSid", "SmsSid");
        require(sid, "MessageSid");
        require(form.get("From"), "From");
        require(form.get("To"), "To");
        String body = form.params().stream()
                .filter(p -> p.name().equals("Body")).map(TwilioForm.Param::value).findFirst().orElse(null);
        return new InboundReply(PROVIDER, sid, Channel.SMS, accountId, form.get("From"), form.get("To"), body, null);
    }

    /**
     * Twilio gives status callbacks no event id, so the id is a hash of every parameter in signing order. Twilio
     * re-sends a callback with identical parameters (it carries no attempt counter or send time), so a retry hashes
     * the same; two different events of one message differ at least in their status.
     */
    static String contentId(TwilioForm form) {
        StringBuilder canonical = new StringBuilder();
        for (TwilioForm.Param param : form.sorted()) {
            canonical.append(param.name()).append('=').append(param.value()).append('\n');
        }
        return EventIds.contentHash(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String firstOf(TwilioForm form, String name, String fallback) {
        String value = form.get(name);
        return value != null ? value : form.get(fallback);
    }

    private static void require(String value, String name) {
        if (value == null) {
            throw new CallbackRefused(PROVIDER, RefusalReason.MALFORMED_BODY, name + " is required");
        }
    }

    private static Integer intValue(TwilioForm form, String name) {
        Long value = longValue(form, name);
        return value == null ? null : Math.toIntExact(value);
    }

    private static Long longValue(TwilioForm form, String name) {
        String value = form.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new CallbackRefused(PROVIDER, RefusalReason.MALFORMED_BODY, name + " must be a whole number");
        }
    }

    /** Twilio's voice Timestamp is RFC 2822 ("Mon, 16 Aug 2010 03:45:01 +0000"); ISO-8601 is accepted too. */
    static Instant timestamp(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException notRfc) {
            try {
                return OffsetDateTime.parse(value.trim()).toInstant();
            } catch (DateTimeParseException notIso) {
                throw new CallbackRefused(PROVIDER, RefusalReason.MALFORMED_BODY, "Timestamp is not a date");
            }
        }
    }
}
