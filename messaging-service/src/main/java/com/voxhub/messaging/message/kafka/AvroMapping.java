package com.voxhub.messaging.message.kafka;

import com.voxhub.events.campaign.JobChanged;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.provider.ProviderEventReceived;
import com.voxhub.events.provider.ProviderEventType;
import com.voxhub.messaging.message.domain.Channel;
import com.voxhub.messaging.message.domain.JobSnapshot;
import com.voxhub.messaging.message.domain.MessageStatus;
import com.voxhub.messaging.message.domain.ProviderReport;
import com.voxhub.messaging.message.domain.StatusDetails;

import java.time.Instant;
import java.util.Optional;

/** Translates between the Avro contracts and the message domain. */
final class AvroMapping {

    private AvroMapping() {
    }

    /** The domain channel, or empty for channels messaging does not deliver (voice, VMS, unknown). */
    static Optional<Channel> channel(com.voxhub.events.common.Channel channel) {
        return switch (channel) {
            case SMS -> Optional.of(Channel.SMS);
            case EMAIL -> Optional.of(Channel.EMAIL);
            default -> Optional.empty();
        };
    }

    static com.voxhub.events.common.Channel channel(Channel channel) {
        return channel == Channel.EMAIL ? com.voxhub.events.common.Channel.EMAIL : com.voxhub.events.common.Channel.SMS;
    }

    static com.voxhub.events.messaging.MessageStatus status(MessageStatus status) {
        try {
            return com.voxhub.events.messaging.MessageStatus.valueOf(status.name());
        } catch (IllegalArgumentException internalOnly) {
            return com.voxhub.events.messaging.MessageStatus.UNKNOWN;
        }
    }

    static JobSnapshot job(JobQueued j, Channel channel) {
        return new JobSnapshot(j.getJobId(), j.getCampaignId(), j.getAccountId(), channel, j.getReference(),
                j.getName(), j.getEmail(), j.getNumbers(), j.getAppointment(), j.getSendAt(), j.getData(),
                j.getLabel(), j.getUrl(), j.getValue(), j.getCity(), j.getPostalCode(), j.getCountry(),
                Boolean.TRUE.equals(j.getSimulation()), j.getMessageTemplate());
    }

    static JobSnapshot job(JobChanged j, Channel channel) {
        return new JobSnapshot(j.getJobId(), j.getCampaignId(), j.getAccountId(), channel, j.getReference(),
                j.getName(), j.getEmail(), j.getNumbers(), j.getAppointment(), j.getSendAt(), j.getData(),
                j.getLabel(), j.getUrl(), j.getValue(), j.getCity(), j.getPostalCode(), j.getCountry(),
                // JobChanged carries no template choice: a message keeps the one its JobQueued made.
                Boolean.TRUE.equals(j.getSimulation()), null);
    }

    static ProviderReport report(ProviderEventReceived e, Instant receivedAt) {
        return new ProviderReport(e.getProvider(), e.getProviderEventId(), e.getProviderMessageId(),
                e.getReference(), e.getType().name(), status(e.getType()), details(e), receivedAt);
    }

    /** The status a provider event moves a message to; null for events that only go into history. */
    static MessageStatus status(ProviderEventType type) {
        return switch (type) {
            case QUEUED -> MessageStatus.QUEUED;
            case SENT -> MessageStatus.SENT;
            case DELIVERED -> MessageStatus.DELIVERED;
            case UNDELIVERED -> MessageStatus.UNDELIVERED;
            // A dropped email never left the provider: for the sender that is a failure.
            case FAILED, DROPPED -> MessageStatus.FAILED;
            case READ -> MessageStatus.READ;
            case OPENED -> MessageStatus.OPENED;
            case CLICKED -> MessageStatus.CLICKED;
            case BOUNCED -> MessageStatus.BOUNCED;
            case SPAM_COMPLAINT -> MessageStatus.SPAM_COMPLAINT;
            case UNSUBSCRIBED -> MessageStatus.UNSUBSCRIBED;
            case REPLIED -> MessageStatus.REPLIED;
            default -> null;
        };
    }

    private static StatusDetails details(ProviderEventReceived e) {
        String reason = null;
        if (e.getErrorCode() != null) {
            // The provider's error code, not its message text, which may quote the phone number or address.
            reason = e.getProvider() + "_" + e.getErrorCode();
        } else if (e.getType() == ProviderEventType.DROPPED || e.getType() == ProviderEventType.BOUNCED) {
            reason = e.getType().name().toLowerCase();
        }
        return new StatusDetails(reason, e.getProviderMessageId(), e.getProviderTimestamp(), e.getUrl(),
                Boolean.TRUE.equals(e.getMachineOpen()), e.getBounceType());
    }
}
