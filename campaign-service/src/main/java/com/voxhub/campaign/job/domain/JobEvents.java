package com.voxhub.campaign.job.domain;

import com.voxhub.campaign.campaign.domain.Campaign;
import java.util.List;
import java.util.Map;

/** Port: announces jobs to the delivering services, in the caller's transaction. */
public interface JobEvents {

    void queued(Job job, Campaign campaign);

    /** Many JobQueued at once (bulk create): one write for all of them. */
    void queuedAll(List<Job> jobs, Map<Long, Campaign> campaignsById);

    void changed(Job job, Campaign campaign);

    void unqueued(Job job, Campaign campaign, String reason);
}
