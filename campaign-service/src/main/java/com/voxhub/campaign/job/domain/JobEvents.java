package com.voxhub.campaign.job.domain;

import com.voxhub.campaign.campaign.domain.Campaign;

/** Port: announces jobs to the delivering services, in the caller's transaction. */
public interface JobEvents {

    void queued(Job job, Campaign campaign);

    void changed(Job job, Campaign campaign);
}
