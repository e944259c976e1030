package com.voxhub.dialer.call.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.dialer.call.domain.RetryDecision.Finish;
import com.voxhub.dialer.call.domain.RetryDecision.Retry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(10));
    private final DialingTerms threeAttempts = new DialingTerms(3, List.of(5, 30), false);

    @Test
    void aHumanAnswerSucceedsTheJobAsCompleted() {
        assertThat(policy.decide(CallOutcome.ANSWERED_HUMAN, threeAttempts, 1))
                .isEqualTo(new Finish(JobState.SUCCEEDED, ContactStatus.COMPLETED, CallOutcome.ANSWERED_HUMAN));
    }

    @Test
    void busyIsRetriedAfterTheCampaignsDelaysTheLastOneRepeating() {
        DialingTerms fiveAttempts = new DialingTerms(5, List.of(5, 30), false);

        assertThat(policy.decide(CallOutcome.BUSY, fiveAttempts, 1)).isEqualTo(new Retry(Duration.ofMinutes(5)));
        assertThat(policy.decide(CallOutcome.BUSY, fiveAttempts, 2)).isEqualTo(new Retry(Duration.ofMinutes(30)));
        assertThat(policy.decide(CallOutcome.BUSY, fiveAttempts, 4)).isEqualTo(new Retry(Duration.ofMinutes(30)));
    }

    @Test
    void busyAfterTheLastAttemptFailsTheJob() {
        assertThat(policy.decide(CallOutcome.BUSY, threeAttempts, 3))
                .isEqualTo(new Finish(JobState.FAILED, ContactStatus.UNREACHABLE, CallOutcome.BUSY));
    }

    @Test
    void noAnswerAfterTheLastAttemptEndsAsNoAnswer() {
        assertThat(policy.decide(CallOutcome.NO_ANSWER, threeAttempts, 3))
                .isEqualTo(new Finish(JobState.FAILED, ContactStatus.NO_ANSWER, CallOutcome.NO_ANSWER));
    }

    @Test
    void transientProviderFailuresAreRetriedLikeBusy() {
        assertThat(policy.decide(CallOutcome.PROVIDER_UNAVAILABLE, threeAttempts, 1))
                .isEqualTo(new Retry(Duration.ofMinutes(5)));
        assertThat(policy.decide(CallOutcome.FAILED, threeAttempts, 3))
                .isEqualTo(new Finish(JobState.FAILED, ContactStatus.CARRIER_ERROR, CallOutcome.FAILED));
    }

    @Test
    void anInvalidNumberIsFinalEvenWithAttemptsLeft() {
        assertThat(policy.decide(CallOutcome.INVALID_NUMBER, threeAttempts, 1))
                .isEqualTo(new Finish(JobState.FAILED, ContactStatus.WRONG_NUMBER, CallOutcome.INVALID_NUMBER));
        assertThat(policy.decide(CallOutcome.INVALID_CALLER_ID, threeAttempts, 1))
                .isEqualTo(new Finish(JobState.FAILED, ContactStatus.INVALID_OUTBOUND_NUMBER,
                        CallOutcome.INVALID_CALLER_ID));
    }

    @Test
    void aMachineAnswerSucceedsWhenTheCampaignLeavesAMessage() {
        DialingTerms withMessage = new DialingTerms(3, List.of(5), true);

        assertThat(policy.decide(CallOutcome.ANSWERED_MACHINE, withMessage, 1))
                .isEqualTo(new Finish(JobState.SUCCEEDED, ContactStatus.COMPLETED, CallOutcome.ANSWERED_MACHINE));
    }

    @Test
    void aMachineAnswerWithoutAMessageCountsAsNoAnswer() {
        assertThat(policy.decide(CallOutcome.ANSWERED_MACHINE, threeAttempts, 1))
                .isEqualTo(new Retry(Duration.ofMinutes(5)));
        assertThat(policy.decide(CallOutcome.ANSWERED_MACHINE, threeAttempts, 3))
                .isEqualTo(new Finish(JobState.FAILED, ContactStatus.VOICEMAIL_HANGUP, CallOutcome.ANSWERED_MACHINE));
    }

    @Test
    void aCampaignWithoutDelaysUsesTheDefaultDelay() {
        assertThat(policy.decide(CallOutcome.NO_ANSWER, new DialingTerms(2, List.of(), false), 1))
                .isEqualTo(new Retry(Duration.ofMinutes(10)));
    }

    @Test
    void aCampaignWithoutAttemptsStillGetsOne() {
        assertThat(policy.decide(CallOutcome.BUSY, new DialingTerms(0, List.of(), false), 1))
                .isInstanceOf(Finish.class);
    }

    @Test
    void aCanceledCallCancelsTheJob() {
        assertThat(policy.decide(CallOutcome.CANCELED, threeAttempts, 1))
                .isEqualTo(new Finish(JobState.CANCELLED, ContactStatus.ABANDONED_BY_DIALER, CallOutcome.CANCELED));
    }

    @Test
    void everyOutcomeHasADecision() {
        for (CallOutcome outcome : CallOutcome.values()) {
            assertThat(policy.decide(outcome, threeAttempts, 3)).as(outcome.name()).isNotNull();
        }
    }

    @Test
    void theTwentyOneSeedStatusesAreThere() {
        assertThat(ContactStatus.values()).hasSize(21);
        assertThat(ContactStatus.COMPLETED.displayName()).isEqualTo("Completed");
    }
}
