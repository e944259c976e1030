package com.voxhub.dialer.call.domain;

import com.voxhub.dialer.call.domain.RetryDecision.Finish;
import com.voxhub.dialer.call.domain.RetryDecision.Retry;
import java.time.Duration;
import java.util.List;

/**
 * Decides, after an attempt ended, whether the job is finished or dialed again. Busy, no answer and transient
 * failures are retried while attempts remain; a refused number is final; a machine answer succeeds when the
 * campaign leaves a voice message there, else it counts as no answer.
 */
public final class RetryPolicy {

    private final Duration delayWhenCampaignHasNone;

    public RetryPolicy(Duration delayWhenCampaignHasNone) {
        this.delayWhenCampaignHasNone = delayWhenCampaignHasNone;
    }

    public RetryDecision decide(CallOutcome outcome, DialingTerms terms, int attemptsMade) {
        return switch (outcome) {
            case ANSWERED_HUMAN, SIMULATED -> finish(JobState.SUCCEEDED, ContactStatus.COMPLETED, outcome);
            case ANSWERED_MACHINE -> terms.leavesVoiceMessage()
                    ? finish(JobState.SUCCEEDED, ContactStatus.COMPLETED, outcome)
                    : retryOrFail(outcome, ContactStatus.VOICEMAIL_HANGUP, terms, attemptsMade);
            case ANSWERED_FAX -> retryOrFail(outcome, ContactStatus.WRONG_NUMBER, terms, attemptsMade);
            case BUSY -> retryOrFail(outcome, ContactStatus.UNREACHABLE, terms, attemptsMade);
            case NO_ANSWER -> retryOrFail(outcome, ContactStatus.NO_ANSWER, terms, attemptsMade);
            case FAILED -> retryOrFail(outcome, ContactStatus.CARRIER_ERROR, terms, attemptsMade);
            case PROVIDER_UNAVAILABLE -> retryOrFail(outcome, ContactStatus.GENERAL_DIALER_ERROR, terms, attemptsMade);
            case CANCELED -> finish(JobState.CANCELLED, ContactStatus.ABANDONED_BY_DIALER, outcome);
            case DO_NOT_CALL -> finish(JobState.FAILED, ContactStatus.DO_NOT_CALL, outcome);
            case INVALID_NUMBER -> finish(JobState.FAILED, ContactStatus.WRONG_NUMBER, outcome);
            case INVALID_CALLER_ID -> finish(JobState.FAILED, ContactStatus.INVALID_OUTBOUND_NUMBER, outcome);
            case BLOCKED_NUMBER -> finish(JobState.FAILED, ContactStatus.BLOCKED_PHONE_NUMBER, outcome);
        };
    }

    private RetryDecision retryOrFail(CallOutcome outcome, ContactStatus whenExhausted, DialingTerms terms,
                                      int attemptsMade) {
        if (attemptsMade >= Math.max(1, terms.maxAttempts())) {
            return finish(JobState.FAILED, whenExhausted, outcome);
        }
        return new Retry(delayAfter(attemptsMade, terms.retryDelaysMinutes()));
    }

    private Duration delayAfter(int attemptsMade, List<Integer> delaysMinutes) {
        if (delaysMinutes.isEmpty()) {
            return delayWhenCampaignHasNone;
        }
        int minutes = delaysMinutes.get(Math.min(attemptsMade, delaysMinutes.size()) - 1);
        return Duration.ofMinutes(Math.max(0, minutes));
    }

    private static RetryDecision finish(JobState state, ContactStatus status, CallOutcome outcome) {
        return new Finish(state, status, outcome);
    }
}
