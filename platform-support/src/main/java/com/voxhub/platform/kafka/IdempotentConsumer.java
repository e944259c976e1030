package com.voxhub.platform.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies an event's effect at most once per consumer: the eventId is recorded in {@code processed_event} in the
 * same JDBC transaction as the effect, so a redelivered event (at-least-once Kafka, outbox resends) is skipped.
 * If the effect throws, nothing is recorded and the redelivery runs it again.
 */
public class IdempotentConsumer {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;

    public IdempotentConsumer(DataSource dataSource, PlatformTransactionManager transactionManager,
                              MeterRegistry meters) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
        this.meters = meters;
    }

    /**
     * Runs {@code effect} (which may write rows and append to the outbox) in one transaction with the record of
     * {@code eventId}, unless {@code consumer} already processed that event.
     *
     * @param consumer a stable name of the consuming logic, e.g. {@code "dialer.jobs"}
     * @return true if the effect ran, false if the event was a duplicate
     */
    public boolean process(String consumer, String eventId, Runnable effect) {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("an event without eventId cannot be deduplicated");
        }
        Boolean ran = transactions.execute(status -> {
            int inserted = jdbc.sql("""
                    INSERT INTO processed_event (consumer, event_id) VALUES (?, ?)
                    ON CONFLICT DO NOTHING""")
                    .params(consumer, eventId)
                    .update();
            if (inserted == 0) {
                return false;
            }
            effect.run();
            return true;
        });
        if (!Boolean.TRUE.equals(ran)) {
            Counter.builder("voxhub.consumer.duplicates")
                    .description("Events skipped because the consumer had already processed them")
                    .tag("consumer", consumer).register(meters).increment();
            return false;
        }
        return true;
    }

    /** {@link #process(String, String, Runnable)} with the record's own {@code eventId} field. */
    public boolean process(String consumer, SpecificRecord event, Runnable effect) {
        Schema.Field field = event.getSchema().getField("eventId");
        Object eventId = field == null ? null : event.get(field.pos());
        return process(consumer, eventId == null ? null : eventId.toString(), effect);
    }
}
