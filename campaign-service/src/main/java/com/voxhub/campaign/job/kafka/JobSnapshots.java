package com.voxhub.campaign.job.kafka;

import com.voxhub.campaign.job.domain.Job;
import com.voxhub.events.campaign.JobChanged;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.common.Channel;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place a job becomes a {@code campaign.jobs} record: JobQueued and JobChanged carry the same snapshot of
 * the job, so every producer (the jobs API, contacts, sourcing) sends the same fields the same way. Callers add
 * what is theirs (state, sendAt, messageTemplate) on the returned builder.
 */
@Component
public class JobSnapshots {

    private final Clock clock;
    private final JsonMapper json;

    JobSnapshots(Clock clock, JsonMapper json) {
        this.clock = clock;
        this.json = json;
    }

    public JobQueued.Builder queued(Job job, Channel channel) {
        return JobQueued.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant())
                .setJobId(job.id())
                .setCampaignId(job.campaignId())
                .setAccountId(job.accountId())
                .setChannel(channel)
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
                .setCountry(job.country());
    }

    /** JobChanged is JobQueued's snapshot plus the job's state and contact status. */
    public JobChanged.Builder changed(Job job, Channel channel) {
        JobQueued snapshot = queued(job, channel).build();
        return JobChanged.newBuilder()
                .setEventId(snapshot.getEventId())
                .setOccurredAt(snapshot.getOccurredAt())
                .setJobId(snapshot.getJobId())
                .setCampaignId(snapshot.getCampaignId())
                .setAccountId(snapshot.getAccountId())
                .setChannel(channel)
                .setReference(snapshot.getReference())
                .setName(snapshot.getName())
                .setEmail(snapshot.getEmail())
                .setNumbers(snapshot.getNumbers())
                .setAppointment(snapshot.getAppointment())
                .setData(snapshot.getData())
                .setLabel(snapshot.getLabel())
                .setUrl(snapshot.getUrl())
                .setValue(snapshot.getValue())
                .setAddressLines(snapshot.getAddressLines())
                .setCity(snapshot.getCity())
                .setPostalCode(snapshot.getPostalCode())
                .setCountry(snapshot.getCountry())
                .setState(job.state())
                .setContactStatus(job.contactStatus());
    }

    public static Channel channelOf(com.voxhub.campaign.campaign.domain.Channel channel) {
        return Channel.valueOf(channel.name());
    }

    /** Avro carries data as string values; non-string JSON values travel as their JSON text. */
    private Map<String, String> flatten(Map<String, Object> data) {
        Map<String, String> flat = new LinkedHashMap<>();
        data.forEach((k, v) -> {
            if (v != null) {
                flat.put(k, v instanceof String s ? s : json.writeValueAsString(v));
            }
        });
        return flat;
    }
}
