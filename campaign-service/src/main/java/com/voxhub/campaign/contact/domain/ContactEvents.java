package com.voxhub.campaign.contact.domain;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.job.domain.Job;

/** Port: what the contacts API adds to {@code JobEvents}: a deleted contact's job leaves the deliverers. */
public interface ContactEvents {

    void unqueued(Job job, Campaign campaign, String reason);
}
