package com.voxhub.messaging.message.kafka;

import com.voxhub.events.Topics;
import com.voxhub.events.messaging.MessageAccepted;
import com.voxhub.events.messaging.MessageStatusChanged;
import com.voxhub.messaging.message.domain.Message;
import com.voxhub.messaging.message.domain.MessageEvents;
import com.voxhub.messaging.message.domain.MessageStatus;
import com.voxhub.messaging.message.domain.StatusDetails;
import com.voxhub.platform.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/** Publishes message facts on {@code messaging.message-events} (key = message id) through the outbox. */
@Component
public class OutboxMessageEvents implements MessageEvents {

    private final Outbox outbox;
    private final Clock clock;

    public OutboxMessageEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void accepted(Message message) {
        MessageAccepted event = MessageAccepted.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant())
                .setMessageId(message.messageId())
                .setAccountId(message.accountId())
                .setCampaignId(message.campaignId())
                .setJobId(message.jobId())
                .setChannel(AvroMapping.channel(message.channel()))
                .setDestination(message.destination())
                .setProvider(message.provider())
                .setSegments(Math.max(1, message.content().segments()))
                .setCostMinor(0L)
                .setUserId(null)
                .build();
        outbox.append(Topics.MESSAGING_MESSAGE_EVENTS, message.messageId(), event);
    }

    @Override
    public void statusChanged(Message message, MessageStatus status, StatusDetails details) {
        MessageStatusChanged event = MessageStatusChanged.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant())
                .setMessageId(message.messageId())
                .setAccountId(message.accountId())
                .setCampaignId(message.campaignId())
                .setJobId(message.jobId())
                .setChannel(AvroMapping.channel(message.channel()))
                .setStatus(AvroMapping.status(status))
                .setReason(details.reason())
                .setProviderMessageId(details.providerMessageId() != null
                        ? details.providerMessageId() : message.providerMessageId())
                .setProviderTimestamp(details.providerTimestamp())
                .setUrl(details.url())
                .setMachineOpen(details.machineOpen())
                .setBounceType(details.bounceType())
                .build();
        outbox.append(Topics.MESSAGING_MESSAGE_EVENTS, message.messageId(), event);
    }
}
