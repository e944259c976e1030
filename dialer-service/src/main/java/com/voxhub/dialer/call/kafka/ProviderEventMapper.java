package com.voxhub.dialer.call.kafka;

import com.voxhub.dialer.call.domain.AnsweredBy;
import com.voxhub.dialer.call.domain.AttemptStatus;
import com.voxhub.dialer.call.domain.CallStatusReport;
import com.voxhub.events.common.Channel;
import com.voxhub.events.provider.ProviderEventReceived;
import com.voxhub.events.provider.ProviderEventType;
import java.util.Optional;
import java.util.UUID;

/** Normalized provider events about calls to status reports; everything else on the topic is not ours. */
final class ProviderEventMapper {

    private ProviderEventMapper() {
    }

    static Optional<CallStatusReport> toReport(ProviderEventReceived event) {
        boolean callChannel = event.getChannel() == Channel.VOICE || event.getChannel() == Channel.VMS;
        Optional<AttemptStatus> status = status(event.getType(), callChannel);
        if (status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CallStatusReport(reference(event.getReference()), event.getProviderMessageId(),
                status.get(), AnsweredBy.parse(event.getAnsweredBy()), event.getDurationSeconds(),
                blankToNull(event.getPressedKeys()), reason(event), event.getProviderTimestamp()));
    }

    private static Optional<AttemptStatus> status(ProviderEventType type, boolean callChannel) {
        return Optional.ofNullable(switch (type) {
            case CALL_INITIATED -> AttemptStatus.INITIATED;
            case CALL_RINGING -> AttemptStatus.RINGING;
            case CALL_ANSWERED -> AttemptStatus.ANSWERED;
            case CALL_COMPLETED -> AttemptStatus.COMPLETED;
            case CALL_BUSY -> AttemptStatus.BUSY;
            case CALL_NO_ANSWER -> AttemptStatus.NO_ANSWER;
            case CALL_FAILED -> AttemptStatus.FAILED;
            case CALL_CANCELED -> AttemptStatus.CANCELED;
            // Generic words, meaningful for a call only on a call channel.
            case QUEUED -> callChannel ? AttemptStatus.PLACED : null;
            case FAILED, UNDELIVERED -> callChannel ? AttemptStatus.FAILED : null;
            default -> null;
        });
    }

    /** Our reference is the attempt id; anything else (another service's reference) is not an attempt of ours. */
    private static UUID reference(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(reference.trim());
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    private static String reason(ProviderEventReceived event) {
        if (event.getErrorCode() == null && event.getErrorMessage() == null) {
            return null;
        }
        if (event.getErrorMessage() == null) {
            return event.getErrorCode();
        }
        return event.getErrorCode() == null ? event.getErrorMessage()
                : event.getErrorCode() + ": " + event.getErrorMessage();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
