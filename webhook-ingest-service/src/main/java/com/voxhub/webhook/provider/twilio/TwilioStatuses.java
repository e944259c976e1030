package com.voxhub.webhook.provider.twilio;

import com.voxhub.webhook.callback.domain.EventType;
import java.util.Locale;

/** Twilio's status vocabularies mapped onto ours; an unknown status becomes UNKNOWN rather than a refusal. */
final class TwilioStatuses {

    private TwilioStatuses() {
    }

    /** MessageStatus: accepted/scheduled/queued are all "not yet handed to the carrier". */
    static EventType message(String status) {
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "accepted", "scheduled", "queued" -> EventType.QUEUED;
            case "sending", "sent" -> EventType.SENT;
            case "delivered" -> EventType.DELIVERED;
            case "undelivered" -> EventType.UNDELIVERED;
            case "failed", "canceled" -> EventType.FAILED;
            case "read" -> EventType.READ;
            default -> EventType.UNKNOWN;
        };
    }

    /** CallStatus; "answered" is the StatusCallbackEvent name some callbacks use for in-progress. */
    static EventType call(String status) {
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "queued", "initiated" -> EventType.CALL_INITIATED;
            case "ringing" -> EventType.CALL_RINGING;
            case "in-progress", "answered" -> EventType.CALL_ANSWERED;
            case "completed" -> EventType.CALL_COMPLETED;
            case "busy" -> EventType.CALL_BUSY;
            case "no-answer" -> EventType.CALL_NO_ANSWER;
            case "failed" -> EventType.CALL_FAILED;
            case "canceled" -> EventType.CALL_CANCELED;
            default -> EventType.UNKNOWN;
        };
    }

    /** AnsweredBy: human, machine_start / machine_end_beep / machine_end_silence / machine_end_other, fax, unknown. */
    static String answeredBy(String answeredBy) {
        if (answeredBy == null) {
            return null;
        }
        String value = answeredBy.toLowerCase(Locale.ROOT);
        if (value.startsWith("machine")) {
            return "machine";
        }
        return switch (value) {
            case "human", "fax" -> value;
            default -> "unknown";
        };
    }
}
