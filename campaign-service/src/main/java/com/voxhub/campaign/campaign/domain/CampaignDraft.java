package com.voxhub.campaign.campaign.domain;

import java.util.List;

/** What a caller asks for when creating a campaign; validated by {@link CampaignService}. */
public record CampaignDraft(
        String name,
        String channel,
        String country,
        String timezone,
        CallingWindow callingWindow,
        Integer maxAttempts,
        List<Integer> retryDelaysMinutes,
        String sender,
        String smsInviteTemplate,
        String smsTemplate,
        String emailSubject,
        String emailTemplate,
        String vmsText,
        String voiceLanguage,
        String voiceGender) {
}
