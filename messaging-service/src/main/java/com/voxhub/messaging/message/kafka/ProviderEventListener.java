package com.voxhub.messaging.message.kafka;

import com.voxhub.events.Topics;
import com.voxhub.events.provider.ProviderEventReceived;
import com.voxhub.messaging.message.domain.StatusTracker;
import com.voxhub.platform.kafka.IdempotentConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Consumes {@code provider.events} for SMS and email: each report moves its message's status forward (never
 * back) and is kept in the message's history. Reports about messages that are not ours (another service's, or
 * calls) are counted and skipped.
 */
@Component
public class ProviderEventListener {

    static final String CONSUMER = "messaging.provider-events";

    private final IdempotentConsumer idempotent;
    private final StatusTracker tracker;
    private final MeterRegistry meters;
    private final Clock clock;

    public ProviderEventListener(IdempotentConsumer idempotent, StatusTracker tracker, MeterRegistry meters,
                                 Clock clock) {
        this.idempotent = idempotent;
        this.tracker = tracker;
        this.meters = meters;
        this.clock = clock;
    }

    @KafkaListener(id = "messaging-provider-events", idIsGroup = false, topics = Topics.PROVIDER_EVENTS)
    public void on(ConsumerRecord<String, SpecificRecord> record) {
        if (!(record.value() instanceof ProviderEventReceived event)
                || AvroMapping.channel(event.getChannel()).isEmpty()) {
            return;
        }
        AtomicReference<StatusTracker.Outcome> outcome = new AtomicReference<>();
        idempotent.process(CONSUMER, event.getEventId().toString(),
                () -> outcome.set(tracker.apply(AvroMapping.report(event, clock.instant()))));
        if (outcome.get() != null) {
            meters.counter("voxhub.messaging.provider-events", "provider", event.getProvider(),
                    "outcome", outcome.get().name().toLowerCase()).increment();
        }
    }
}
