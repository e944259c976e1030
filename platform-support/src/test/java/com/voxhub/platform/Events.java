package com.voxhub.platform;

import com.voxhub.events.campaign.JobUnqueued;
import com.voxhub.events.common.Channel;
import java.time.Instant;
import java.util.UUID;

/** Small valid events for tests; the reason field carries a marker the test looks for. */
public final class Events {

    private Events() {
    }

    public static JobUnqueued jobUnqueued(long jobId, String reason) {
        return JobUnqueued.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now())
                .setJobId(jobId)
                .setCampaignId(7)
                .setAccountId(1)
                .setChannel(Channel.SMS)
                .setReason(reason)
                .build();
    }
}
