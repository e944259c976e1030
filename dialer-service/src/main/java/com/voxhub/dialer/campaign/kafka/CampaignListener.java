package com.voxhub.dialer.campaign.kafka;

import com.voxhub.dialer.campaign.domain.Campaign;
import com.voxhub.dialer.campaign.domain.Campaigns;
import com.voxhub.events.Topics;
import com.voxhub.events.campaign.CampaignChanged;
import com.voxhub.platform.kafka.IdempotentConsumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Materializes campaign snapshots. A pause or stop needs nothing more: the scheduler reads the campaign's status
 * each time it picks jobs to dial.
 */
@Component
class CampaignListener {

    private static final Logger log = LoggerFactory.getLogger(CampaignListener.class);
    static final String CONSUMER = "dialer.campaigns";

    private final Campaigns campaigns;
    private final IdempotentConsumer idempotent;

    CampaignListener(Campaigns campaigns, IdempotentConsumer idempotent) {
        this.campaigns = campaigns;
        this.idempotent = idempotent;
    }

    @KafkaListener(topics = Topics.CAMPAIGN_CAMPAIGNS)
    void on(ConsumerRecord<String, SpecificRecord> record) {
        if (!(record.value() instanceof CampaignChanged changed)) {
            return; // a tombstone of the compacted topic, or a record type this version does not know
        }
        Campaign campaign = CampaignMapper.toDomain(changed);
        idempotent.process(CONSUMER, changed.getEventId().toString(), () -> {
            if (campaigns.save(campaign)) {
                log.info("campaign {} v{} is {}", campaign.id(), campaign.version(), campaign.status());
            }
        });
    }
}
