package com.voxhub.campaign.campaign.web;

import com.voxhub.campaign.campaign.domain.CampaignStats;
import java.util.Map;

/** {@code GET /api/v1/campaigns/{id}/stats} (snake_case on the wire). */
record CampaignStatsView(long campaignId, String channel, long totalJobs, Map<String, Long> byState,
                         Map<String, Long> byContactStatus, Map<String, Long> byOutcome) {

    static CampaignStatsView of(CampaignStats s) {
        return new CampaignStatsView(s.campaignId(), s.channel().wire(), s.totalJobs(), s.byState(), s.byContactStatus(),
                s.byOutcome());
    }
}
