package com.voxhub.dialer.provider.twilio;

import com.voxhub.dialer.call.domain.AttemptStatus;
import java.util.Locale;

/** Twilio's call status words (CallStatus, {@code status} in the Calls API JSON). */
final class TwilioStatuses {

    private TwilioStatuses() {
    }

    static AttemptStatus parse(String status) {
        if (status == null) {
            return AttemptStatus.PLACED;
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "initiated" -> AttemptStatus.INITIATED;
            case "ringing" -> AttemptStatus.RINGING;
            case "in-progress", "answered" -> AttemptStatus.ANSWERED;
            case "completed" -> AttemptStatus.COMPLETED;
            case "busy" -> AttemptStatus.BUSY;
            case "no-answer" -> AttemptStatus.NO_ANSWER;
            case "failed" -> AttemptStatus.FAILED;
            case "canceled" -> AttemptStatus.CANCELED;
            default -> AttemptStatus.PLACED; // queued, or a word we do not know yet: the provider has the call
        };
    }
}
