package com.voxhub.campaign.contact.kafka;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.contact.domain.ContactEvents;
import com.voxhub.campaign.job.domain.Job;
import com.voxhub.events.Topics;
import com.voxhub.events.campaign.JobUnqueued;
import com.voxhub.events.common.Channel;
import com.voxhub.platform.outbox.Outbox;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A deleted contact's {@code JobUnqueued} on {@code campaign.jobs}, keyed by job id like its other records. */
@Component
class JobUnqueuedRecords implements ContactEvents {

    private final Outbox outbox;
    private final Clock clock;

    JobUnqueuedRecords(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void unqueued(Job job, Campaign campaign, String reason) {
        outbox.append(Topics.CAMPAIGN_JOBS, Long.toString(job.id()), JobUnqueued.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant())
                .setJobId(job.id())
                .setCampaignId(job.campaignId())
                .setAccountId(job.accountId())
                .setChannel(Channel.valueOf(campaign.channel().name()))
                .setReason(reason)
                .build());
    }
}
