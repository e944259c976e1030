package com.voxhub.campaign.campaign.domain;

import java.util.List;
import java.util.Optional;

/** Port: campaign storage, always scoped to the owning account. */
public interface Campaigns {

    Campaign insert(long accountId, ValidCampaign campaign);

    Optional<Campaign> find(long accountId, long campaignId);

    List<Campaign> list(long accountId, long afterId, int limit);

    Campaign updateStatus(long campaignId, CampaignStatus status);
}
