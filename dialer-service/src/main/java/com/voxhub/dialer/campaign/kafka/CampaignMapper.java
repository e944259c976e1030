package com.voxhub.dialer.campaign.kafka;

import com.voxhub.dialer.campaign.domain.CallingWindow;
import com.voxhub.dialer.campaign.domain.Campaign;
import com.voxhub.dialer.campaign.domain.CampaignStatus;
import com.voxhub.events.campaign.CampaignChanged;

final class CampaignMapper {

    private CampaignMapper() {
    }

    static Campaign toDomain(CampaignChanged c) {
        com.voxhub.events.campaign.CallingWindow w = c.getCallingWindow();
        return new Campaign(c.getCampaignId(), c.getAccountId(), c.getVersion(), c.getName(),
                c.getChannel().name(), status(c.getStatus()), c.getSender(), c.getMaxAttempts(),
                c.getRetryDelaysMinutes(), c.getVmsText(), c.getVoiceLanguage(), c.getVoiceGender(),
                c.getCountry(), c.getTimezone(),
                w == null ? null : new CallingWindow(w.getStart(), w.getEnd(), w.getDays()),
                c.getMaxConcurrentCalls(), c.getCallsPerMinute());
    }

    private static CampaignStatus status(com.voxhub.events.campaign.CampaignStatus status) {
        try {
            return CampaignStatus.valueOf(status.name());
        } catch (IllegalArgumentException newerSymbol) {
            return CampaignStatus.UNKNOWN; // not ACTIVE, so not dialed: the safe reading of a status we do not know
        }
    }
}
