package com.voxhub.messaging.message.kafka;

import com.voxhub.events.Topics;
import com.voxhub.events.campaign.JobChanged;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.campaign.JobUnqueued;
import com.voxhub.messaging.message.dispatch.DispatchSignal;
import com.voxhub.messaging.message.domain.Channel;
import com.voxhub.messaging.message.domain.JobIntake;
import com.voxhub.platform.kafka.IdempotentConsumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Consumes {@code campaign.jobs}: SMS and email jobs become ledger messages; voice and VMS jobs are the dialer's.
 * Each event's effect is applied once (idempotent consumer); the dispatcher is woken after the commit.
 */
@Component
public class JobListener {

    static final String CONSUMER = "messaging.jobs";

    private final IdempotentConsumer idempotent;
    private final JobIntake intake;
    private final DispatchSignal dispatch;

    public JobListener(IdempotentConsumer idempotent, JobIntake intake, DispatchSignal dispatch) {
        this.idempotent = idempotent;
        this.intake = intake;
        this.dispatch = dispatch;
    }

    @KafkaListener(id = "messaging-jobs", idIsGroup = false, topics = Topics.CAMPAIGN_JOBS)
    public void on(ConsumerRecord<String, SpecificRecord> record) {
        SpecificRecord value = record.value();
        boolean ran = false;
        if (value instanceof JobQueued queued) {
            Optional<Channel> channel = AvroMapping.channel(queued.getChannel());
            if (channel.isPresent()) {
                ran = idempotent.process(CONSUMER, queued.getEventId().toString(),
                        () -> intake.queued(AvroMapping.job(queued, channel.get())));
            }
        } else if (value instanceof JobChanged changed) {
            Optional<Channel> channel = AvroMapping.channel(changed.getChannel());
            if (channel.isPresent()) {
                ran = idempotent.process(CONSUMER, changed.getEventId().toString(),
                        () -> intake.changed(AvroMapping.job(changed, channel.get()), changed.getState()));
            }
        } else if (value instanceof JobUnqueued unqueued && AvroMapping.channel(unqueued.getChannel()).isPresent()) {
            idempotent.process(CONSUMER, unqueued.getEventId().toString(),
                    () -> intake.unqueued(unqueued.getJobId(), unqueued.getReason()));
        }
        if (ran) {
            dispatch.wake();
        }
    }
}
