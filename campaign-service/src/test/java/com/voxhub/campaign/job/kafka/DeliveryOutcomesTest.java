package com.voxhub.campaign.job.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.campaign.job.domain.JobState;
import com.voxhub.events.common.Channel;
import com.voxhub.events.messaging.MessageStatus;
import com.voxhub.events.messaging.MessageStatusChanged;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryOutcomesTest {

    private static MessageStatusChanged message(MessageStatus status, Long jobId) {
        return MessageStatusChanged.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now())
                .setMessageId("msg_1")
                .setAccountId(1L)
                .setJobId(jobId)
                .setChannel(Channel.SMS)
                .setStatus(status)
                .build();
    }

    @Test
    void aDeliveredMessageSucceedsItsJob() {
        assertThat(DeliveryOutcomes.of(message(MessageStatus.DELIVERED, 7L)))
                .contains(new DeliveryOutcomes.Outcome(7L, JobState.SUCCEEDED, null));
    }

    @Test
    void anUndeliveredMessageFailsItsJob() {
        assertThat(DeliveryOutcomes.of(message(MessageStatus.UNDELIVERED, 7L))).get()
                .extracting(DeliveryOutcomes.Outcome::state).isEqualTo(JobState.FAILED);
    }

    @Test
    void aMessageSentOutsideAnyJobChangesNoJob() {
        assertThat(DeliveryOutcomes.of(message(MessageStatus.DELIVERED, null))).isEmpty();
    }
}
