package com.voxhub.campaign.vms.kafka;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.job.domain.Job;
import com.voxhub.campaign.vms.domain.VmsJobEvents;
import com.voxhub.events.Topics;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.common.Channel;
import com.voxhub.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Seed-003 calls on {@code campaign.jobs} (key = job id): channel VMS, {@code sendAt} = the request's send_at, and
 * the options dialer-service reads from {@code data} ({@code get_back_pressed_keys}) under the seed's names.
 */
@Component
class VmsJobRecords implements VmsJobEvents {

    private final Outbox outbox;
    private final Clock clock;

    VmsJobRecords(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void queued(Job job, Campaign campaign, Instant sendAt) {
        Map<String, String> data = new LinkedHashMap<>();
        job.data().forEach((k, v) -> {
            if (v != null) {
                data.put(k, v.toString());
            }
        });
        outbox.append(Topics.CAMPAIGN_JOBS, Long.toString(job.id()), JobQueued.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant())
                .setJobId(job.id())
                .setCampaignId(job.campaignId())
                .setAccountId(job.accountId())
                .setChannel(Channel.VMS)
                .setNumbers(job.numbers())
                .setSendAt(sendAt)
                .setData(data)
                .setLabel(job.label())
                .setAddressLines(job.addressLines())
                .build());
    }
}
