package com.voxhub.campaign.campaign.web;

import com.voxhub.campaign.campaign.domain.CallingWindow;
import com.voxhub.campaign.campaign.domain.Campaign;
import java.time.Instant;
import java.util.List;

/** The campaign as the native API shows it (snake_case on the wire). */
record CampaignView(long id, String name, String channel, String status, String country, String timezone,
                    CallingWindow callingWindow, int maxAttempts, List<Integer> retryDelaysMinutes, String sender,
                    String smsInviteTemplate, String smsTemplate, String emailSubject, String emailTemplate,
                    String vmsText, String voiceLanguage, String voiceGender, Instant createdAt, Instant updatedAt) {

    static CampaignView of(Campaign c) {
        return new CampaignView(c.id(), c.name(), c.channel().wire(), c.status().wire(), c.country(), c.timezone(),
                c.callingWindow(), c.maxAttempts(), c.retryDelaysMinutes(), c.sender(), c.smsInviteTemplate(),
                c.smsTemplate(), c.emailSubject(), c.emailTemplate(), c.vmsText(), c.voiceLanguage(), c.voiceGender(),
                c.createdAt(), c.updatedAt());
    }
}
