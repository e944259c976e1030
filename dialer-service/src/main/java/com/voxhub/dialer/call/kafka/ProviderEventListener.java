package com.voxhub.dialer.call.kafka;

import com.voxhub.dialer.call.application.CallProgress;
import com.voxhub.dialer.call.domain.CallStatusReport;
import com.voxhub.events.Topics;
import com.voxhub.events.provider.ProviderEventReceived;
import com.voxhub.platform.kafka.IdempotentConsumer;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Call status callbacks, normalized by webhook-ingest, move our attempts forward. */
@Component
class ProviderEventListener {

    static final String CONSUMER = "dialer.provider-events";

    private final CallProgress progress;
    private final IdempotentConsumer idempotent;

    ProviderEventListener(CallProgress progress, IdempotentConsumer idempotent) {
        this.progress = progress;
        this.idempotent = idempotent;
    }

    @KafkaListener(topics = Topics.PROVIDER_EVENTS)
    void on(ConsumerRecord<String, SpecificRecord> record) {
        if (!(record.value() instanceof ProviderEventReceived event)) {
            return;
        }
        // Message events (SMS, email) share the topic; they are skipped without touching the database.
        Optional<CallStatusReport> report = ProviderEventMapper.toReport(event);
        report.ifPresent(r -> idempotent.process(CONSUMER, event.getEventId().toString(),
                () -> progress.onReport(r)));
    }
}
