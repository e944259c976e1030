package com.voxhub.campaign.campaign.domain;

public enum CampaignStatus {
    /** Jobs are dialled / sent. A new campaign is active. */
    ACTIVE,
    /** Nothing new starts until the campaign is started again. */
    PAUSED,
    /** Finished for good: no new jobs, nothing new starts. */
    STOPPED,
    /** Seed 002: the last active job was unqueued. Adding a job reactivates it. */
    DEACTIVATED;

    public String wire() {
        return name().toLowerCase();
    }
}
