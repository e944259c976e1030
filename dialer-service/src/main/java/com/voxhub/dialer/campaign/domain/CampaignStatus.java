package com.voxhub.dialer.campaign.domain;

/** Lifecycle of a campaign as the campaign service publishes it; only ACTIVE campaigns are dialed. */
public enum CampaignStatus {
    ACTIVE, PAUSED, STOPPED, DEACTIVATED, UNKNOWN;

    public boolean dials() {
        return this == ACTIVE;
    }
}
