package com.voxhub.campaign.campaign.domain;

import java.time.Instant;
import java.util.List;

public record Campaign(
        long id,
        long accountId,
        String name,
        Channel channel,
        String country,
        String timezone,
        CampaignStatus status,
        CallingWindow callingWindow,
        int maxAttempts,
        List<Integer> retryDelaysMinutes,
        String sender,
        String smsInviteTemplate,
        String smsTemplate,
        String emailSubject,
        String emailTemplate,
        String vmsText,
        String voiceLanguage,
        String voiceGender,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public boolean acceptsJobs() {
        return status != CampaignStatus.STOPPED;
    }
}
