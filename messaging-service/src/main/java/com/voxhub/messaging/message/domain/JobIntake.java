package com.voxhub.messaging.message.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns campaign jobs into ledger rows. A job becomes a PENDING message right away, even before its campaign is
 * known, so that nothing is lost between the job and the send: the dispatcher picks it up once the campaign is
 * known and active.
 */
public final class JobIntake {

    /** Jobs produce one message each for now; retries of undelivered texts will add attempts. */
    static final int FIRST_ATTEMPT = 1;

    private static final int CANCELLED_JOB_STATE = 4;
    private static final int QUEUED_JOB_STATE = 0;

    private final Messages messages;
    private final MessageEvents events;
    private final Clock clock;

    public JobIntake(Messages messages, MessageEvents events, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** @return true when a new message was stored (false for a job already known) */
    public boolean queued(JobSnapshot job) {
        Instant now = clock.instant();
        Message message = Message.pending(MessageIds.next(), job, FIRST_ATTEMPT, now);
        if (job.destination() == null || job.destination().isBlank()) {
            Message failed = message.withStatus(MessageStatus.FAILED, "no_destination", null, now);
            if (messages.add(failed)) {
                events.statusChanged(failed, MessageStatus.FAILED, StatusDetails.reason("no_destination"));
                return true;
            }
            return false;
        }
        return messages.add(message);
    }

    /** A job snapshot changed: a cancelled job drops its unsent message, other changes refresh it. */
    public boolean changed(JobSnapshot job, int jobState) {
        if (jobState == CANCELLED_JOB_STATE) {
            return cancel(job.jobId(), "job cancelled");
        }
        Optional<Message> existing = messages.lockByJob(job.jobId(), FIRST_ATTEMPT);
        if (existing.isEmpty()) {
            // A job we never saw queued (e.g. its JobQueued predates our subscription) that is queued now.
            return jobState == QUEUED_JOB_STATE && queued(job);
        }
        Message message = existing.get();
        if (message.status() != MessageStatus.PENDING) {
            return false;
        }
        messages.update(message.refreshedFrom(job, clock.instant()));
        return true;
    }

    /** The job was withdrawn: its message is cancelled unless it is already on its way. */
    public boolean unqueued(long jobId, String reason) {
        return cancel(jobId, reason == null ? "job unqueued" : reason);
    }

    private boolean cancel(long jobId, String reason) {
        Optional<Message> existing = messages.lockByJob(jobId, FIRST_ATTEMPT);
        if (existing.isEmpty() || existing.get().status() != MessageStatus.PENDING) {
            return false;
        }
        messages.update(existing.get().withStatus(MessageStatus.CANCELLED, reason, null, clock.instant()));
        return true;
    }
}
