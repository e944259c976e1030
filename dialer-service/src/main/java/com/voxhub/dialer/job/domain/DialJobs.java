package com.voxhub.dialer.job.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the jobs the dialer works on. Every method runs in the caller's transaction. */
public interface DialJobs {

    /** Inserts a new job; answers false when the job is already known (a redelivered or repeated JobQueued). */
    boolean insert(DialJob job);

    /** Replaces the contact data of an open job (numbers, options), keeping its dialing progress. */
    void updateContact(DialJob job);

    Optional<DialJob> find(long jobId);

    /** Locks the job row for the rest of the transaction, so outcome handlers and the scheduler never race. */
    Optional<DialJob> lockForUpdate(long jobId);

    /**
     * Locks up to {@code limit} WAITING jobs that are due and whose campaign is known and ACTIVE, skipping rows
     * another transaction holds.
     */
    List<DialJob> lockDue(Instant now, int limit);

    void markDialing(long jobId, int attempts, UUID attemptId);

    void scheduleRetry(long jobId, Instant at);

    void finish(long jobId, JobOutcomeRecord outcome);

    void cancel(long jobId, String reason);
}
