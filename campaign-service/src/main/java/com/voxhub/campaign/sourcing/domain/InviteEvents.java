package com.voxhub.campaign.sourcing.domain;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.job.domain.Job;

/** Port: announces invites, their progress and the resulting calls on campaign.jobs, in the caller's transaction. */
public interface InviteEvents {

    /** The invite SMS: an SMS job that messaging renders with the campaign's sms_invite_template. */
    void inviteQueued(Job inviteJob, Campaign campaign);

    /** The candidate clicked or registered: the invite job's contact status changed. */
    void inviteProgressed(Job inviteJob, Campaign campaign);

    /** The registered candidate's call, not before {@code job.appointment()} when one was chosen. */
    void callQueued(Job callJob, Campaign campaign);
}
