package com.voxhub.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import com.voxhub.events.Topics;

/**
 * Sends a batch of rows in id order with the relay's own producer and reports the acked prefix.
 *
 * <p>Only the rows before the first failure count as sent. With the idempotent producer a later record of the
 * same partition cannot be written after an earlier one failed, so resending from the first unsent row keeps the
 * per-key order of first occurrences; a record whose ack was lost is sent again (at-least-once: consumers
 * dedupe by eventId). After a failure the producer is discarded, so the next attempt starts with a fresh
 * producer id instead of a sequence the broker may have forgotten.
 */
class RelaySender implements AutoCloseable {

    /** Rows acked before the first failure, with their ack times; {@code failure} is null if all were acked. */
    record Outcome(List<OutboxRow> sent, Exception failure) {
    }

    private final Supplier<Producer<String, byte[]>> producers;
    private final Duration deliveryTimeout;
    private Producer<String, byte[]> producer;

    RelaySender(Supplier<Producer<String, byte[]>> producers, Duration deliveryTimeout) {
        this.producers = producers;
        this.deliveryTimeout = deliveryTimeout;
    }

    Outcome send(List<OutboxRow> rows) {
        if (producer == null) {
            producer = producers.get();
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        Exception failure = null;
        for (OutboxRow row : rows) {
            try {
                acks.add(producer.send(record(row)));
            } catch (RuntimeException e) { // e.g. no metadata within max.block.ms: broker unreachable
                failure = e;
                break;
            }
        }
        List<OutboxRow> sent = new ArrayList<>(acks.size());
        for (int i = 0; i < acks.size(); i++) {
            try {
                // delivery.timeout.ms bounds the future already; the margin only guards against a client bug.
                acks.get(i).get(deliveryTimeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
                sent.add(rows.get(i));
            } catch (ExecutionException | TimeoutException e) {
                failure = e instanceof ExecutionException && e.getCause() instanceof Exception cause ? cause : e;
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e;
                break;
            }
        }
        if (failure != null) {
            discardProducer();
        }
        return new Outcome(sent, failure);
    }

    private static ProducerRecord<String, byte[]> record(OutboxRow row) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
        record.headers().add(new RecordHeader(Topics.RECORD_TYPE_HEADER,
                row.recordType().getBytes(StandardCharsets.UTF_8)));
        row.headers().forEach((name, value) ->
                record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return record;
    }

    private void discardProducer() {
        if (producer != null) {
            // Zero: abort what is still queued; those rows are unsent and will be resent in order.
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(deliveryTimeout);
            producer = null;
        }
    }
}
