package com.voxhub.campaign.job.kafka;

import com.voxhub.campaign.job.domain.JobService;
import com.voxhub.events.Topics;
import com.voxhub.platform.kafka.IdempotentConsumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps job states current from what dialer-service and messaging-service report. */
@Component
class DeliveryOutcomeListener {

    private static final String CONSUMER = "campaign-service.delivery-outcomes";

    private final IdempotentConsumer idempotent;
    private final JobService jobs;

    DeliveryOutcomeListener(IdempotentConsumer idempotent, JobService jobs) {
        this.idempotent = idempotent;
        this.jobs = jobs;
    }

    @KafkaListener(topics = {Topics.DIALER_CALL_EVENTS, Topics.MESSAGING_MESSAGE_EVENTS}, groupId = "campaign-service")
    void on(ConsumerRecord<String, SpecificRecord> record) {
        SpecificRecord event = record.value();
        String eventId = String.valueOf(((GenericRecord) event).get("eventId"));
        idempotent.process(CONSUMER, eventId, () -> DeliveryOutcomes.of(event)
                .ifPresent(o -> jobs.applyOutcome(o.jobId(), o.state(), o.contactStatus())));
    }
}
