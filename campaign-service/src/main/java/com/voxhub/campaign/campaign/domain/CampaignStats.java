package com.voxhub.campaign.campaign.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Live counts of a campaign's jobs, from the job table: per job state, contact status and channel outcome. */
public record CampaignStats(long campaignId, Channel channel, long totalJobs, Map<String, Long> byState,
                            Map<String, Long> byContactStatus, Map<String, Long> byOutcome) {

    /** One group of the job table: how many jobs have this state and contact status. */
    public record JobCount(int state, String contactStatus, long count) {
    }

    private static final List<String> STATES = List.of("queued", "calling", "succeeded", "failed", "cancelled");
    private static final List<String> CALL_OUTCOMES = List.of("pending", "in_progress", "reached", "not_reached", "cancelled");
    private static final List<String> MESSAGE_OUTCOMES = List.of("pending", "in_progress", "delivered", "failed", "cancelled");
    /** Seed 004's status of a contact nothing has happened to yet. */
    static final String NOT_STARTED = "Upcoming";

    static CampaignStats of(Campaign campaign, List<JobCount> counts) {
        List<String> outcomes = campaign.channel() == Channel.SMS || campaign.channel() == Channel.EMAIL
                ? MESSAGE_OUTCOMES : CALL_OUTCOMES;
        Map<String, Long> byState = zeros(STATES);
        Map<String, Long> byOutcome = zeros(outcomes);
        Map<String, Long> byContactStatus = new LinkedHashMap<>();
        long total = 0;
        for (JobCount c : counts) {
            int state = Math.max(0, Math.min(c.state(), STATES.size() - 1));
            byState.merge(STATES.get(state), c.count(), Long::sum);
            byOutcome.merge(outcomes.get(state), c.count(), Long::sum);
            byContactStatus.merge(c.contactStatus() == null ? NOT_STARTED : c.contactStatus(), c.count(), Long::sum);
            total += c.count();
        }
        return new CampaignStats(campaign.id(), campaign.channel(), total, byState, byContactStatus, byOutcome);
    }

    private static Map<String, Long> zeros(List<String> names) {
        Map<String, Long> map = new LinkedHashMap<>();
        names.forEach(n -> map.put(n, 0L));
        return map;
    }
}
