package com.voxhub.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** What an operator watches of the relay: lag to the broker's ack, backlog, failures. */
final class RelayMetrics {

    private final Timer lag;
    private final Counter failures;
    private final Counter sent;
    private final AtomicLong pending = new AtomicLong();

    RelayMetrics(MeterRegistry meters) {
        lag = Timer.builder("voxhub.outbox.relay.lag")
                .description("Time from an outbox row's creation to the broker's ack").register(meters);
        failures = Counter.builder("voxhub.outbox.relay.failures")
                .description("Relay batches stopped by a send or database failure").register(meters);
        sent = Counter.builder("voxhub.outbox.relay.sent")
                .description("Outbox rows acked by the broker").register(meters);
        Gauge.builder("voxhub.outbox.pending", pending, AtomicLong::get)
                .description("Unsent outbox rows (refreshed by the relay)").register(meters);
    }

    void acked(List<OutboxRow> rows, Instant ackedBy) {
        rows.forEach(row -> lag.record(Duration.between(row.createdAt(), ackedBy)));
        sent.increment(rows.size());
    }

    void failed() {
        failures.increment();
    }

    void pending(long unsent) {
        pending.set(unsent);
    }
}
