package com.voxhub.campaign.contact.kafka;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.contact.domain.ContactEvents;
import com.voxhub.campaign.job.domain.Job;
import com.voxhub.campaign.job.domain.JobEvents;
import org.springframework.stereotype.Component;

/** A deleted contact's {@code JobUnqueued} on {@code campaign.jobs}, keyed by job id like its other records. */
@Component
class JobUnqueuedRecords implements ContactEvents {

    private final JobEvents jobs;

    JobUnqueuedRecords(JobEvents jobs) {
        this.jobs = jobs;
    }

    /** A removed contact is an unqueued job: the same record the jobs API sends. */
    @Override
    public void unqueued(Job job, Campaign campaign, String reason) {
        jobs.unqueued(job, campaign, reason);
    }
}
