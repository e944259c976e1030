package com.voxhub.campaign.sourcing.kafka;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.job.domain.Job;
import com.voxhub.campaign.job.kafka.JobSnapshots;
import com.voxhub.campaign.sourcing.domain.InviteEvents;
import com.voxhub.events.Topics;
import com.voxhub.events.common.Channel;
import com.voxhub.platform.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Seed-000 jobs on {@code campaign.jobs} (key = job id). The invite is an SMS job whatever the campaign's channel,
 * marked {@code messageTemplate = "sms_invite"} so messaging renders the campaign's sms_invite_template (the link
 * is {@code data.invite_url} and the job's {@code url}); the registered candidate's call is a VOICE job whose
 * {@code sendAt} is the time they picked. Clicks and registrations travel as JobChanged of the invite job with
 * the new {@code contactStatus}, so no new record type was needed.
 */
@Component
class InviteRecords implements InviteEvents {

    static final String SMS_INVITE_TEMPLATE = "sms_invite";

    private final Outbox outbox;
    private final JobSnapshots snapshots;

    InviteRecords(Outbox outbox, JobSnapshots snapshots) {
        this.outbox = outbox;
        this.snapshots = snapshots;
    }

    @Override
    public void inviteQueued(Job job, Campaign campaign) {
        outbox.append(Topics.CAMPAIGN_JOBS, Long.toString(job.id()), snapshots.queued(job, Channel.SMS)
                .setMessageTemplate(SMS_INVITE_TEMPLATE)
                .build());
    }

    @Override
    public void callQueued(Job job, Campaign campaign) {
        outbox.append(Topics.CAMPAIGN_JOBS, Long.toString(job.id()), snapshots.queued(job, Channel.VOICE)
                .setSendAt(job.appointment())
                .build());
    }

    @Override
    public void inviteProgressed(Job job, Campaign campaign) {
        outbox.append(Topics.CAMPAIGN_JOBS, Long.toString(job.id()), snapshots.changed(job, Channel.SMS).build());
    }
}
