package com.voxhub.campaign.campaign.kafka;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.campaign.domain.CampaignEvents;
import com.voxhub.events.Topics;
import com.voxhub.events.campaign.CampaignChanged;
import com.voxhub.events.campaign.CampaignStatus;
import com.voxhub.events.campaign.CallingWindow;
import com.voxhub.events.common.Channel;
import com.voxhub.platform.outbox.Outbox;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Full campaign snapshots on the compacted {@code campaign.campaigns} topic, keyed by campaign id. */
@Component
class CampaignSnapshots implements CampaignEvents {

    private final Outbox outbox;
    private final Clock clock;

    CampaignSnapshots(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void changed(Campaign c) {
        CampaignChanged.Builder snapshot = CampaignChanged.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant())
                .setCampaignId(c.id())
                .setAccountId(c.accountId())
                .setVersion(c.version())
                .setName(c.name())
                .setChannel(Channel.valueOf(c.channel().name()))
                .setStatus(CampaignStatus.valueOf(c.status().name()))
                .setCountry(c.country())
                .setTimezone(c.timezone())
                .setMaxAttempts(c.maxAttempts())
                .setRetryDelaysMinutes(c.retryDelaysMinutes())
                .setSender(c.sender())
                .setSmsInviteTemplate(c.smsInviteTemplate())
                .setSmsTemplate(c.smsTemplate())
                .setEmailSubject(c.emailSubject())
                .setEmailTemplate(c.emailTemplate())
                .setVmsText(c.vmsText())
                .setVoiceLanguage(c.voiceLanguage())
                .setVoiceGender(c.voiceGender());
        if (c.callingWindow() != null) {
            snapshot.setCallingWindow(CallingWindow.newBuilder()
                    .setStart(c.callingWindow().start())
                    .setEnd(c.callingWindow().end())
                    .setDays(c.callingWindow().days())
                    .build());
        }
        outbox.append(Topics.CAMPAIGN_CAMPAIGNS, Long.toString(c.id()), snapshot.build());
    }
}
