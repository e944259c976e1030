package com.voxhub.campaign.campaign.domain;

import java.util.List;

/** A campaign draft that passed validation, with defaults applied. */
public record ValidCampaign(
        String name,
        Channel channel,
        String country,
        String timezone,
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
        String voiceGender) {
}
