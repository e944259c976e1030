package com.voxhub.webhook.callback.domain;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a verified callback and completes only once Kafka has acknowledged every record of it, within a
 * bounded time. The caller answers the gateway 2xx on completion and 503 on failure: a callback is either durable
 * or retried by its gateway, never lost.
 *
 * <p>Deduplication: records whose eventId was already published (in this instance's recent memory, else in the
 * shared {@link PublishedEvents}) are left out; the raw archive record is always published. Ids are remembered
 * only after Kafka acknowledged them, so a callback refused with 503 is published in full on its retry. What this
 * does not catch (two copies arriving concurrently, an acknowledgement that came after our deadline, the shared
 * store being down) still carries the same eventId, which consumers record with their effect.
 *
 * <p>The send itself starts on {@code sendExecutor}: a producer can block inside send (no metadata yet, a full
 * buffer, the cluster id an observation asks for), and the deadline must hold even then, on no request thread.
 */
public class CallbackIngest {

    private static final Logger log = LoggerFactory.getLogger(CallbackIngest.class);

    private final CallbackPublisher publisher;
    private final RecentEventIds recent;
    private final PublishedEvents published;
    private final Duration publishTimeout;
    private final Duration publishTimePerRecord;
    private final MeterRegistry meters;
    private final Executor sendExecutor;

    public CallbackIngest(CallbackPublisher publisher, RecentEventIds recent, Duration publishTimeout,
                          Duration publishTimePerRecord, MeterRegistry meters, Executor sendExecutor) {
        this(publisher, recent, PublishedEvents.NONE, publishTimeout, publishTimePerRecord, meters, sendExecutor);
    }

    public CallbackIngest(CallbackPublisher publisher, RecentEventIds recent, PublishedEvents published,
                          Duration publishTimeout, Duration publishTimePerRecord, MeterRegistry meters,
                          Executor sendExecutor) {
        this.publisher = publisher;
        this.recent = recent;
        this.published = published;
        this.publishTimeout = publishTimeout;
        this.publishTimePerRecord = publishTimePerRecord;
        this.meters = meters;
        this.sendExecutor = sendExecutor;
    }

    /** Publishes the records not yet published; completes with what was actually published. */
    public CompletableFuture<AcceptedCallback> ingest(AcceptedCallback callback) {
        return CompletableFuture.supplyAsync(() -> {
                    AcceptedCallback fresh = callback.without(alreadyPublished(callback));
                    return publisher.publish(fresh).thenApply(ok -> fresh);
                }, sendExecutor)
                .thenCompose(Function.identity())
                .orTimeout(deadline(callback).toMillis(), TimeUnit.MILLISECONDS)
                .handle((fresh, failure) -> {
                    if (failure != null) {
                        throw new CallbackRefused(callback.provider(), RefusalReason.KAFKA_UNAVAILABLE,
                                "Events could not be stored right now; retry later", failure);
                    }
                    return fresh;
                })
                // Remembering the ids is a database write: on the send executor, never on the producer's I/O thread.
                .thenApplyAsync(fresh -> {
                    remember(fresh);
                    count(callback, fresh);
                    return fresh;
                }, sendExecutor);
    }

    /**
     * Re-publishes a callback's records whether or not they were published before (a replay of the archive):
     * consumers skip what they already applied by eventId.
     */
    public CompletableFuture<Void> republish(AcceptedCallback callback) {
        return CompletableFuture.supplyAsync(() -> publisher.publish(callback), sendExecutor)
                .thenCompose(future -> future)
                .orTimeout(deadline(callback).toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * A batch of thousands of events costs real time to encode and send; a fixed deadline would refuse it every
     * time and the gateway would retry it forever, so the deadline grows with the number of records.
     */
    Duration deadline(AcceptedCallback callback) {
        int records = 1 + callback.events().size() + callback.replies().size();
        return publishTimeout.plus(publishTimePerRecord.multipliedBy(records));
    }

    private Set<UUID> alreadyPublished(AcceptedCallback callback) {
        List<UUID> ids = callback.eventIds();
        Set<UUID> known = new HashSet<>();
        List<UUID> unknown = ids.stream().filter(id -> {
            if (recent.contains(id)) {
                known.add(id);
                return false;
            }
            return true;
        }).toList();
        if (!unknown.isEmpty()) {
            try {
                known.addAll(published.alreadyPublished(unknown));
            } catch (RuntimeException e) {
                // Publishing a duplicate (consumers skip it) beats refusing or losing the callback.
                meters.counter("webhook.dedup.unavailable").increment();
                log.warn("Published-event store unavailable, publishing without deduplication: {}", e.toString());
            }
        }
        return known;
    }

    private void remember(AcceptedCallback fresh) {
        List<UUID> ids = fresh.eventIds();
        if (ids.isEmpty()) {
            return;
        }
        ids.forEach(recent::markSeen);
        try {
            published.recordPublished(ids);
        } catch (RuntimeException e) {
            meters.counter("webhook.dedup.unavailable").increment();
            log.warn("Could not remember published events (a retry on another instance may publish them again): {}",
                    e.toString());
        }
    }

    private void count(AcceptedCallback callback, AcceptedCallback fresh) {
        String provider = callback.provider();
        meters.counter("webhook.accepted", "provider", provider).increment();
        int duplicates = callback.eventIds().size() - fresh.eventIds().size();
        if (duplicates > 0) {
            meters.counter("webhook.duplicates", "provider", provider).increment(duplicates);
        }
    }
}
