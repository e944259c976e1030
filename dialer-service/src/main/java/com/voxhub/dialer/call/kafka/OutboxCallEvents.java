package com.voxhub.dialer.call.kafka;

import com.voxhub.dialer.call.domain.AttemptStatus;
import com.voxhub.dialer.call.domain.CallAttempt;
import com.voxhub.dialer.call.domain.CallEvents;
import com.voxhub.dialer.call.domain.RetryDecision;
import com.voxhub.dialer.job.domain.DialJob;
import com.voxhub.events.Topics;
import com.voxhub.events.common.Channel;
import com.voxhub.events.dialer.AnsweredBy;
import com.voxhub.events.dialer.CallAttemptStarted;
import com.voxhub.events.dialer.CallStatus;
import com.voxhub.events.dialer.CallStatusChanged;
import com.voxhub.events.dialer.JobDialingFinished;
import com.voxhub.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Publishes call facts on {@code dialer.call-events} (key = job id) through the outbox. */
@Component
class OutboxCallEvents implements CallEvents {

    private final Outbox outbox;
    private final Clock clock;

    OutboxCallEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void attemptStarted(DialJob job, CallAttempt attempt) {
        publish(job, CallAttemptStarted.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(clock.instant())
                .setJobId(job.jobId()).setCampaignId(job.campaignId()).setAccountId(job.accountId())
                .setChannel(Channel.valueOf(job.channel().name()))
                .setAttemptId(attempt.attemptId().toString()).setAttemptNumber(attempt.attemptNumber())
                .setNumber(attempt.number()).setProvider(attempt.provider())
                .setProviderCallId(attempt.providerCallId())
                .build());
    }

    @Override
    public void statusChanged(DialJob job, CallAttempt attempt, Instant providerTimestamp) {
        publish(job, CallStatusChanged.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(clock.instant())
                .setJobId(job.jobId()).setCampaignId(job.campaignId()).setAccountId(job.accountId())
                .setAttemptId(attempt.attemptId().toString()).setAttemptNumber(attempt.attemptNumber())
                .setProviderCallId(attempt.providerCallId())
                .setStatus(status(attempt.status()))
                .setAnsweredBy(attempt.answeredBy() == null ? null : AnsweredBy.valueOf(attempt.answeredBy().name()))
                .setDurationSeconds(attempt.durationSeconds())
                .setPressedKeys(attempt.pressedKeys())
                .setReason(attempt.reason())
                .setProviderTimestamp(providerTimestamp)
                .build());
    }

    @Override
    public void jobFinished(DialJob job, RetryDecision.Finish finish, int attempts, String reason) {
        publish(job, JobDialingFinished.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(clock.instant())
                .setJobId(job.jobId()).setCampaignId(job.campaignId()).setAccountId(job.accountId())
                .setChannel(Channel.valueOf(job.channel().name()))
                .setJobState(finish.state().code())
                .setContactStatus(finish.contactStatus().displayName())
                .setOutcome(finish.outcome().name())
                .setAttempts(attempts)
                .setReason(reason)
                .build());
    }

    private void publish(DialJob job, org.apache.avro.specific.SpecificRecord event) {
        outbox.append(Topics.DIALER_CALL_EVENTS, Long.toString(job.jobId()), event);
    }

    private static CallStatus status(AttemptStatus status) {
        return switch (status) {
            case INITIATED -> CallStatus.INITIATED;
            case RINGING -> CallStatus.RINGING;
            case ANSWERED -> CallStatus.ANSWERED;
            case COMPLETED -> CallStatus.COMPLETED;
            case BUSY -> CallStatus.BUSY;
            case NO_ANSWER -> CallStatus.NO_ANSWER;
            case FAILED -> CallStatus.FAILED;
            case CANCELED -> CallStatus.CANCELED;
            case REQUESTING, PLACED -> CallStatus.UNKNOWN; // never published: the call has no status yet
        };
    }
}
