package com.voxhub.campaign.job.kafka;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.job.domain.Job;
import com.voxhub.campaign.job.domain.JobEvents;
import com.voxhub.events.Topics;
import com.voxhub.events.campaign.JobChanged;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.campaign.JobUnqueued;
import com.voxhub.events.common.Channel;
import com.voxhub.platform.outbox.Outbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Jobs on {@code campaign.jobs}, keyed by job id so every change of one job stays in order. */
@Component
class JobRecords implements JobEvents {

    private final Outbox outbox;
    private final Clock clock;
    private final JsonMapper json;

    JobRecords(Outbox outbox, Clock clock, JsonMapper json) {
        this.outbox = outbox;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public void queued(Job job, Campaign campaign) {
        outbox.append(Topics.CAMPAIGN_JOBS, Long.toString(job.id()), jobQueued(job, campaign));
    }

    @Override
    public void queuedAll(List<Job> jobs, Map<Long, Campaign> campaignsById) {
        List<Outbox.Message> messages = new ArrayList<>(jobs.size());
        for (Job job : jobs) {
            messages.add(new Outbox.Message(Topics.CAMPAIGN_JOBS, Long.toString(job.id()),
                    jobQueued(job, campaignsById.get(job.campaignId()))));
        }
        outbox.appendAll(messages);
    }

    @Override
    public void unqueued(Job job, Campaign campaign, String reason) {
        outbox.append(Topics.CAMPAIGN_JOBS, Long.toString(job.id()), JobUnqueued.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant())
                .setJobId(job.id())
                .setCampaignId(job.campaignId())
                .setAccountId(job.accountId())
                .setChannel(Channel.valueOf(campaign.channel().name()))
                .setReason(reason)
                .build());
    }

    private JobQueued jobQueued(Job job, Campaign campaign) {
        return JobQueued.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant())
                .setJobId(job.id())
                .setCampaignId(job.campaignId())
                .setAccountId(job.accountId())
                .setChannel(Channel.valueOf(campaign.channel().name()))
                .setReference(job.reference())
                .setName(job.name())
                .setEmail(job.email())
                .setNumbers(job.numbers())
                .setAppointment(job.appointment())
                .setData(flatten(job.data()))
                .setLabel(job.label())
                .setUrl(job.url())
                .setValue(job.value() == null ? null : job.value().toPlainString())
                .setAddressLines(job.addressLines())
                .setCity(job.city())
                .setPostalCode(job.postalCode())
                .setCountry(job.country())
                .build();
    }

    @Override
    public void changed(Job job, Campaign campaign) {
        outbox.append(Topics.CAMPAIGN_JOBS, Long.toString(job.id()), JobChanged.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant())
                .setJobId(job.id())
                .setCampaignId(job.campaignId())
                .setAccountId(job.accountId())
                .setChannel(Channel.valueOf(campaign.channel().name()))
                .setReference(job.reference())
                .setName(job.name())
                .setEmail(job.email())
                .setNumbers(job.numbers())
                .setAppointment(job.appointment())
                .setData(flatten(job.data()))
                .setLabel(job.label())
                .setUrl(job.url())
                .setValue(job.value() == null ? null : job.value().toPlainString())
                .setAddressLines(job.addressLines())
                .setCity(job.city())
                .setPostalCode(job.postalCode())
                .setCountry(job.country())
                .setState(job.state())
                .setContactStatus(job.contactStatus())
                .build());
    }

    /** Avro carries data as string values; non-string JSON values travel as their JSON text. */
    private Map<String, String> flatten(Map<String, Object> data) {
        Map<String, String> flat = new LinkedHashMap<>();
        data.forEach((k, v) -> flat.put(k, v == null ? null : v instanceof String s ? s : json.writeValueAsString(v)));
        flat.values().removeIf(java.util.Objects::isNull);
        return flat;
    }
}
