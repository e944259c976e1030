package com.voxhub.campaign.job.domain;

import java.util.List;
import java.util.Optional;

/** Port: job storage, always scoped to the owning account. */
public interface Jobs {

    /** @throws DuplicateReferenceException when the campaign already has a job with that reference */
    Job insert(long accountId, long campaignId, JobDraft validated);

    Optional<Job> find(long accountId, long jobId);

    Optional<Job> findById(long jobId);

    List<Job> listByCampaign(long accountId, long campaignId);

    Job updateState(long jobId, int state, String contactStatus);
}
