package com.voxhub.dialer.campaign.domain;

import com.voxhub.dialer.call.domain.DialingTerms;
import java.util.List;

/**
 * The dialer's copy of a campaign, materialized from the campaign service's snapshots. Only the settings the
 * dialer acts on; nullable fields are unset in the snapshot. The channel is the campaign's (VOICE, VMS, SMS...);
 * a job's own channel decides how it is delivered.
 */
public record Campaign(long id, long accountId, long version, String name, String channel, CampaignStatus status,
                       String sender, int maxAttempts, List<Integer> retryDelaysMinutes,
                       String vmsText, String voiceLanguage, String voiceGender,
                       String country, String timezone, CallingWindow callingWindow,
                       Integer maxConcurrentCalls, Integer callsPerMinute) {

    public Campaign {
        retryDelaysMinutes = List.copyOf(retryDelaysMinutes);
    }

    public boolean hasVoiceMessage() {
        return vmsText != null && !vmsText.isBlank();
    }

    /** What the retry policy needs to know about this campaign. */
    public DialingTerms dialingTerms() {
        return new DialingTerms(maxAttempts, retryDelaysMinutes, hasVoiceMessage());
    }
}
