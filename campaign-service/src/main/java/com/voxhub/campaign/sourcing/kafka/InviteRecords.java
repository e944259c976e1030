package com.voxhub.campaign.sourcing.kafka;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.job.domain.Job;
import com.voxhub.campaign.sourcing.domain.InviteEvents;
import com.voxhub.events.Topics;
import com.voxhub.events.campaign.JobChanged;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.common.Channel;
import com.voxhub.platform.outbox.Outbox;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
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
    private final Clock clock;

    InviteRecords(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void inviteQueued(Job job, Campaign campaign) {
        outbox.append(Topics.CAMPAIGN_JOBS, Long.toString(job.id()), queued(job, Channel.SMS)
                .setMessageTemplate(SMS_INVITE_TEMPLATE)
                .build());
    }

    @Override
    public void callQueued(Job job, Campaign campaign) {
        outbox.append(Topics.CAMPAIGN_JOBS, Long.toString(job.id()), queued(job, Channel.VOICE)
                .setSendAt(job.appointment())
                .build());
    }

    @Override
    public void inviteProgressed(Job job, Campaign campaign) {
        outbox.append(Topics.CAMPAIGN_JOBS, Long.toString(job.id()), JobChanged.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant())
                .setJobId(job.id())
                .setCampaignId(job.campaignId())
                .setAccountId(job.accountId())
                .setChannel(Channel.SMS)
                .setName(job.name())
                .setEmail(job.email())
                .setNumbers(job.numbers())
                .setData(strings(job.data()))
                .setUrl(job.url())
                .setAddressLines(job.addressLines())
                .setCountry(job.country())
                .setState(job.state())
                .setContactStatus(job.contactStatus())
                .build());
    }

    private JobQueued.Builder queued(Job job, Channel channel) {
        return JobQueued.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant())
                .setJobId(job.id())
                .setCampaignId(job.campaignId())
                .setAccountId(job.accountId())
                .setChannel(channel)
                .setName(job.name())
                .setEmail(job.email())
                .setNumbers(job.numbers())
                .setAppointment(job.appointment())
                .setData(strings(job.data()))
                .setUrl(job.url())
                .setAddressLines(job.addressLines())
                .setCountry(job.country());
    }

    private static Map<String, String> strings(Map<String, Object> data) {
        Map<String, String> flat = new LinkedHashMap<>();
        data.forEach((k, v) -> {
            if (v != null) {
                flat.put(k, v.toString());
            }
        });
        return flat;
    }
}
