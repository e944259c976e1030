package com.voxhub.campaign.vms.domain;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.job.domain.Job;
import java.time.Instant;

/** Port: queues one VMS call for dialer-service, in the caller's transaction. */
public interface VmsJobEvents {

    void queued(Job job, Campaign campaign, Instant sendAt);
}
