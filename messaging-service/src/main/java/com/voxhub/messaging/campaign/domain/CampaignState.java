package com.voxhub.messaging.campaign.domain;

/** A campaign's lifecycle as campaign-service publishes it; only ACTIVE campaigns send. */
public enum CampaignState {
    UNKNOWN, ACTIVE, PAUSED, STOPPED, DEACTIVATED
}
