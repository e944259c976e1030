package com.voxhub.platform.outbox;

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
}
