package com.voxhub.campaign.campaign.domain;

/** Port: announces every campaign change as a full snapshot, in the caller's transaction. */
public interface CampaignEvents {

    void changed(Campaign campaign);
}
