package com.voxhub.dialer.campaign.kafka;

import com.voxhub.dialer.campaign.domain.Campaign;
import com.voxhub.dialer.campaign.domain.Campaigns;
import com.voxhub.dialer.job.domain.DialJobs;
import java.time.Clock;
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
    private final DialJobs jobs;
    private final IdempotentConsumer idempotent;
    private final Clock clock;

    CampaignListener(Campaigns campaigns, DialJobs jobs, IdempotentConsumer idempotent, Clock clock) {
        this.campaigns = campaigns;
        this.jobs = jobs;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.CAMPAIGN_CAMPAIGNS)
    void on(ConsumerRecord<String, SpecificRecord> record) {
        if (!(record.value() instanceof CampaignChanged changed)) {
            return; // a tombstone of the compacted topic, or a record type this version does not know
        }
        Campaign campaign = CampaignMapper.toDomain(changed);
        idempotent.process(CONSUMER, changed.getEventId().toString(), () -> {
            if (campaigns.save(campaign)) {
                // The window may have changed: jobs waiting for it are checked again on the next scan.
                jobs.recheckWindows(campaign.id(), clock.instant());
                log.info("campaign {} v{} is {}", campaign.id(), campaign.version(), campaign.status());
            }
        });
    }
}
