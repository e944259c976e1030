package com.voxhub.campaign.campaign.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: campaign storage, always scoped to the owning account. */
public interface Campaigns {

    Campaign insert(long accountId, ValidCampaign campaign);

    Optional<Campaign> find(long accountId, long campaignId);

    /** The account's campaigns among {@code ids} (others' and unknown ids are simply absent). */
    List<Campaign> findAll(long accountId, Collection<Long> ids);

    /** Finds and row-locks the account's campaign until the transaction ends. */
    Optional<Campaign> findForUpdate(long accountId, long campaignId);

    List<Campaign> list(long accountId, long afterId, int limit);

    Campaign update(long campaignId, ValidCampaign campaign);

    Campaign updateStatus(long campaignId, CampaignStatus status);

    /** The campaign's jobs grouped by state and contact status. */
    List<CampaignStats.JobCount> jobCounts(long campaignId);
}
