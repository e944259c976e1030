package com.voxhub.webhook.callback.domain;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Publishes a verified callback and completes only once Kafka has acknowledged every record of it, within a
 * bounded time. The caller answers the gateway 2xx on completion and 503 on failure: a callback is either durable
 * or retried by its gateway, never lost. A record whose acknowledgement arrives after the deadline is still
 * written; the gateway's retry then carries the same eventId and consumers skip it.
 *
 * <p>The send itself starts on {@code sendExecutor}: a producer can block inside send (no metadata yet, a full
 * buffer, the cluster id an observation asks for), and the deadline must hold even then, on no request thread.
 */
public class CallbackIngest {

    private final CallbackPublisher publisher;
    private final RecentEventIds recent;
    private final Duration publishTimeout;
    private final Duration publishTimePerRecord;
    private final MeterRegistry meters;
    private final Executor sendExecutor;

    public CallbackIngest(CallbackPublisher publisher, RecentEventIds recent, Duration publishTimeout,
                          Duration publishTimePerRecord, MeterRegistry meters, Executor sendExecutor) {
        this.publisher = publisher;
        this.recent = recent;
        this.publishTimeout = publishTimeout;
        this.publishTimePerRecord = publishTimePerRecord;
        this.meters = meters;
        this.sendExecutor = sendExecutor;
    }

    public CompletableFuture<Void> ingest(AcceptedCallback callback) {
        return CompletableFuture.supplyAsync(() -> publisher.publish(callback), sendExecutor)
                .thenCompose(Function.identity())
                .orTimeout(deadline(callback).toMillis(), TimeUnit.MILLISECONDS)
                .handle((ok, failure) -> {
                    if (failure != null) {
                        throw new CallbackRefused(callback.provider(), RefusalReason.KAFKA_UNAVAILABLE,
                                "Events could not be stored right now; retry later", failure);
                    }
                    countAccepted(callback);
                    return null;
                });
    }

    /**
     * A batch of thousands of events costs real time to encode and send; a fixed deadline would refuse it every
     * time and the gateway would retry it forever, so the deadline grows with the number of records.
     */
    Duration deadline(AcceptedCallback callback) {
        int records = 1 + callback.events().size() + callback.replies().size();
        return publishTimeout.plus(publishTimePerRecord.multipliedBy(records));
    }

    private void countAccepted(AcceptedCallback callback) {
        String provider = callback.provider();
        meters.counter("webhook.accepted", "provider", provider).increment();
        callback.events().forEach(event -> {
            if (recent.markSeen(event.eventId())) {
                meters.counter("webhook.duplicates", "provider", provider).increment();
            }
        });
        callback.replies().forEach(reply -> {
            if (recent.markSeen(reply.eventId())) {
                meters.counter("webhook.duplicates", "provider", provider).increment();
            }
        });
    }
}
