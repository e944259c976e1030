package com.voxhub.campaign.job.kafka;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.job.domain.Job;
import com.voxhub.campaign.job.domain.JobEvents;
import com.voxhub.events.Topics;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.campaign.JobUnqueued;
import com.voxhub.events.common.Channel;
import com.voxhub.platform.outbox.Outbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Jobs on {@code campaign.jobs}, keyed by job id so every change of one job stays in order. */
@Component
class JobRecords implements JobEvents {

    private final Outbox outbox;
    private final Clock clock;
    private final JobSnapshots snapshots;

    JobRecords(Outbox outbox, Clock clock, JobSnapshots snapshots) {
        this.outbox = outbox;
        this.clock = clock;
        this.snapshots = snapshots;
    }

    @Override
    public void queued(Job job, Campaign campaign) {
        outbox.append(Topics.CAMPAIGN_JOBS, Long.toString(job.id()), jobQueued(job, campaign));
    }

    @Override
    public void queuedAll(List<Job> jobs, Map<Long, Campaign> campaignsById) {
        List<Outbox.Message> messages = new ArrayList<>(jobs.size());
        for (Job job : jobs) {
            messages.add(new Outbox.Message(Topics.CAMPAIGN_JOBS, Long.toString(job.id()),
                    jobQueued(job, campaignsById.get(job.campaignId()))));
        }
        outbox.appendAll(messages);
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

    private JobQueued jobQueued(Job job, Campaign campaign) {
        return snapshots.queued(job, JobSnapshots.channelOf(campaign.channel())).build();
    }

    @Override
    public void changed(Job job, Campaign campaign) {
        outbox.append(Topics.CAMPAIGN_JOBS, Long.toString(job.id()),
                snapshots.changed(job, JobSnapshots.channelOf(campaign.channel())).build());
    }
}
