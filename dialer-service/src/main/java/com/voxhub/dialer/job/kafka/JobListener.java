package com.voxhub.dialer.job.kafka;

import com.voxhub.dialer.job.application.JobIntake;
import com.voxhub.events.Topics;
import com.voxhub.events.campaign.JobChanged;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.campaign.JobUnqueued;
import com.voxhub.platform.kafka.IdempotentConsumer;
import java.time.Clock;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Takes the voice and VMS jobs of {@code campaign.jobs}; SMS and email jobs belong to messaging-service. */
@Component
class JobListener {

    static final String CONSUMER = "dialer.jobs";

    private final JobIntake intake;
    private final IdempotentConsumer idempotent;
    private final Clock clock;

    JobListener(JobIntake intake, IdempotentConsumer idempotent, Clock clock) {
        this.intake = intake;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.CAMPAIGN_JOBS)
    void on(ConsumerRecord<String, SpecificRecord> record) {
        SpecificRecord value = record.value();
        if (value instanceof JobQueued queued && JobMapper.isDialed(queued.getChannel())) {
            idempotent.process(CONSUMER, queued.getEventId().toString(),
                    () -> intake.queue(JobMapper.toDomain(queued, clock.instant())));
        } else if (value instanceof JobChanged changed && JobMapper.isDialed(changed.getChannel())) {
            idempotent.process(CONSUMER, changed.getEventId().toString(),
                    () -> intake.change(JobMapper.toDomain(changed, clock.instant()), changed.getState()));
        } else if (value instanceof JobUnqueued unqueued && JobMapper.isDialed(unqueued.getChannel())) {
            idempotent.process(CONSUMER, unqueued.getEventId().toString(),
                    () -> intake.unqueue(unqueued.getJobId(), unqueued.getReason()));
        }
    }
}
