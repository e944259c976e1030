package com.voxhub.campaign.job.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: job storage, always scoped to the owning account. */
public interface Jobs {

    /** @throws DuplicateReferenceException when the campaign already has a job with that reference */
    Job insert(long accountId, long campaignId, JobDraft validated);

    /**
     * Inserts validated drafts (each carrying its campaign) in one statement.
     *
     * @return one entry per draft, in order: the job, or null when its reference was already taken in its campaign
     *         (by an existing job or an earlier draft of the same list)
     */
    List<Job> insertAll(long accountId, List<JobDraft> validated);

    Optional<Job> find(long accountId, long jobId);

    /** Finds and row-locks the account's job until the transaction ends. */
    Optional<Job> findForUpdate(long accountId, long jobId);

    /** Finds and row-locks the account's jobs among {@code ids} (locked in id order, so bulk calls cannot deadlock). */
    List<Job> findAllForUpdate(long accountId, Collection<Long> ids);

    Optional<Job> findById(long jobId);

    List<Job> listByCampaign(long accountId, long campaignId);

    /** Jobs modified at or after {@code since}, optionally of one campaign, oldest change first. */
    List<Job> listModifiedSince(long accountId, Instant since, Long campaignId);

    /** @throws DuplicateReferenceException when the new reference is taken in the campaign; nothing changes then */
    Job update(long jobId, JobDraft validated);

    Job updateState(long jobId, int state, String contactStatus);

    /** Jobs of the campaign still queued or being called. */
    long countActive(long campaignId);
}
