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
     * Locks up to {@code limit} WAITING jobs of one campaign that are due, if the campaign is ACTIVE, oldest due
     * first, skipping rows another transaction holds.
     */
    List<DialJob> lockDue(long campaignId, Instant now, int limit);

    /** ACTIVE campaigns with at least one due WAITING job (counted up to {@code dueLimit}), and their dialing jobs. */
    List<DueCampaign> dueCampaigns(Instant now, int dueLimit);

    /** Puts a due job back to wait until its calling window opens. */
    void waitForWindow(long jobId, Instant opensAt);

    /** Makes the campaign's jobs waiting for a window due now, to be checked against a changed window. */
    int recheckWindows(long campaignId, Instant now);

    /** Undoes a claim whose call was never requested (the campaign paused in between): the job waits again. */
    void releaseClaim(long jobId, UUID attemptId, int attemptsBefore);

    void markDialing(long jobId, int attempts, UUID attemptId);

    void scheduleRetry(long jobId, Instant at);

    void finish(long jobId, JobOutcomeRecord outcome);

    void cancel(long jobId, String reason);
}
