package com.voxhub.messaging.campaign.domain;

/**
 * The part of a campaign snapshot messaging needs, materialized from {@code campaign.campaigns}.
 * {@code version} orders snapshots: an older one never replaces a newer one.
 */
public record Campaign(
        long campaignId,
        long accountId,
        long version,
        String name,
        String channel,
        CampaignState status,
        String sender,
        String smsTemplate,
        String smsInviteTemplate,
        String emailSubject,
        String emailTemplate) {

    public boolean isActive() {
        return status == CampaignState.ACTIVE;
    }
}
