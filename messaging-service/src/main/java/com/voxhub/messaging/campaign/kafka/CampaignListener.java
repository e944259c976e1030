package com.voxhub.messaging.campaign.kafka;

import com.voxhub.events.Topics;
import com.voxhub.events.campaign.CampaignChanged;
import com.voxhub.messaging.campaign.domain.Campaign;
import com.voxhub.messaging.campaign.domain.CampaignState;
import com.voxhub.messaging.campaign.domain.Campaigns;
import com.voxhub.messaging.message.dispatch.DispatchSignal;
import com.voxhub.platform.kafka.IdempotentConsumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Materializes {@code campaign.campaigns} snapshots (all channels: a job may name any campaign). A campaign that
 * becomes known or active wakes the dispatcher, which sends the messages that waited for it.
 */
@Component
public class CampaignListener {

    static final String CONSUMER = "messaging.campaigns";

    private final IdempotentConsumer idempotent;
    private final Campaigns campaigns;
    private final DispatchSignal dispatch;

    public CampaignListener(IdempotentConsumer idempotent, Campaigns campaigns, DispatchSignal dispatch) {
        this.idempotent = idempotent;
        this.campaigns = campaigns;
        this.dispatch = dispatch;
    }

    @KafkaListener(id = "messaging-campaigns", idIsGroup = false, topics = Topics.CAMPAIGN_CAMPAIGNS)
    public void on(ConsumerRecord<String, SpecificRecord> record) {
        if (!(record.value() instanceof CampaignChanged changed)) {
            return;
        }
        Campaign campaign = map(changed);
        idempotent.process(CONSUMER, changed.getEventId().toString(), () -> campaigns.save(campaign));
        if (campaign.isActive()) {
            dispatch.wake();
        }
    }

    private static Campaign map(CampaignChanged c) {
        CampaignState state;
        try {
            state = CampaignState.valueOf(c.getStatus().name());
        } catch (IllegalArgumentException unknown) {
            state = CampaignState.UNKNOWN;
        }
        return new Campaign(c.getCampaignId(), c.getAccountId(), c.getVersion(), c.getName(),
                c.getChannel().name(), state, c.getSender(), c.getSmsTemplate(), c.getSmsInviteTemplate(),
                c.getEmailSubject(), c.getEmailTemplate());
    }
}
