package com.voxhub.campaign.vms.kafka;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.job.domain.Job;
import com.voxhub.campaign.job.kafka.JobSnapshots;
import com.voxhub.campaign.vms.domain.VmsJobEvents;
import com.voxhub.events.Topics;
import com.voxhub.events.common.Channel;
import com.voxhub.platform.outbox.Outbox;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Seed-003 calls on {@code campaign.jobs} (key = job id): channel VMS, {@code sendAt} = the request's send_at, and
 * the options dialer-service reads from {@code data} ({@code get_back_pressed_keys}) under the seed's names.
 */
@Component
class VmsJobRecords implements VmsJobEvents {

    private final Outbox outbox;
    private final JobSnapshots snapshots;

    VmsJobRecords(Outbox outbox, JobSnapshots snapshots) {
        this.outbox = outbox;
        this.snapshots = snapshots;
    }

    @Override
    public void queued(Job job, Campaign campaign, Instant sendAt) {
        outbox.append(Topics.CAMPAIGN_JOBS, Long.toString(job.id()),
                snapshots.queued(job, Channel.VMS).setSendAt(sendAt).build());
    }
}
