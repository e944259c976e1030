package com.voxhub.messaging.message.domain;

import org.junit.jupiter.api.Test;

import static com.voxhub.messaging.message.domain.MessageStatus.ACCEPTED;
import static com.voxhub.messaging.message.domain.MessageStatus.BOUNCED;
import static com.voxhub.messaging.message.domain.MessageStatus.CLICKED;
import static com.voxhub.messaging.message.domain.MessageStatus.DELIVERED;
import static com.voxhub.messaging.message.domain.MessageStatus.FAILED;
import static com.voxhub.messaging.message.domain.MessageStatus.OPENED;
import static com.voxhub.messaging.message.domain.MessageStatus.QUEUED;
import static com.voxhub.messaging.message.domain.MessageStatus.SENDING;
import static com.voxhub.messaging.message.domain.MessageStatus.SENT;
import static com.voxhub.messaging.message.domain.MessageStatus.UNDELIVERED;
import static org.assertj.core.api.Assertions.assertThat;

class MessageStatusTest {

    @Test
    void shouldMoveForwardThroughTheSmsLifecycle() {
        assertThat(SENDING.canMoveTo(ACCEPTED)).isTrue();
        assertThat(ACCEPTED.canMoveTo(QUEUED)).isTrue();
        assertThat(QUEUED.canMoveTo(SENT)).isTrue();
        assertThat(SENT.canMoveTo(DELIVERED)).isTrue();
    }

    @Test
    void shouldSkipStepsThatArriveLate() {
        assertThat(ACCEPTED.canMoveTo(DELIVERED)).isTrue();
        assertThat(DELIVERED.canMoveTo(SENT)).isFalse();
        assertThat(DELIVERED.canMoveTo(QUEUED)).isFalse();
        assertThat(SENT.canMoveTo(SENT)).isFalse();
    }

    @Test
    void shouldKeepFinalStatusesFinal() {
        assertThat(FAILED.canMoveTo(DELIVERED)).isFalse();
        assertThat(UNDELIVERED.canMoveTo(CLICKED)).isFalse();
        assertThat(BOUNCED.canMoveTo(OPENED)).isFalse();
        assertThat(DELIVERED.canMoveTo(UNDELIVERED)).isFalse();
    }

    @Test
    void shouldLetEngagementFollowDelivery() {
        assertThat(DELIVERED.canMoveTo(OPENED)).isTrue();
        assertThat(OPENED.canMoveTo(CLICKED)).isTrue();
        assertThat(CLICKED.canMoveTo(OPENED)).isFalse();
        assertThat(DELIVERED.canMoveTo(BOUNCED)).isTrue();
    }
}
