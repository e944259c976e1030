package com.voxhub.platform.outbox;

import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * Writes an event in the caller's database transaction; {@link OutboxRelay} sends it to Kafka after commit.
 * This is how a service publishes an event caused by a database change without a dual write.
 */
public interface Outbox {

    /**
     * Appends {@code event} for {@code topic} under {@code key} to the outbox table.
     *
     * <p>Call it after the state change the event describes, inside the same Spring JDBC transaction;
     * rows of one key are relayed in insertion order. Nothing is sent if the transaction rolls back.
     *
     * @throws IllegalStateException if no Spring-managed JDBC transaction is active on the outbox's DataSource
     */
    void append(String topic, String key, SpecificRecord event);

    /**
     * Appends several events in one database round trip, in list order (so a bulk request of 1000 jobs does not
     * pay 1000 inserts). Same transaction rules as {@link #append}.
     */
    default void appendAll(List<Message> messages) {
        messages.forEach(m -> append(m.topic(), m.key(), m.event()));
    }

    /** One event of {@link #appendAll}. */
    record Message(String topic, String key, SpecificRecord event) {
    }
}
