package com.voxhub.webhook.callback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CallbackIngestTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RecentEventIds recent = new RecentEventIds(Duration.ofMinutes(10), 1000, Clock.systemUTC());

    @Test
    void shouldCompleteOnceThePublisherAcknowledged() {
        CallbackIngest ingest = new CallbackIngest(callback -> CompletableFuture.completedFuture(null), recent,
                Duration.ofSeconds(1), Duration.ZERO, meters, Runnable::run);

        ingest.ingest(callback()).join();

        assertThat(meters.counter("webhook.accepted", "provider", "twilio").count()).isEqualTo(1);
        assertThat(meters.counter("webhook.duplicates", "provider", "twilio").count()).isZero();
    }

    @Test
    void shouldCountACallbackAcknowledgedTwiceAsADuplicate() {
        CallbackIngest ingest = new CallbackIngest(callback -> CompletableFuture.completedFuture(null), recent,
                Duration.ofSeconds(1), Duration.ZERO, meters, Runnable::run);

        ingest.ingest(callback()).join();
        ingest.ingest(callback()).join();

        assertThat(meters.counter("webhook.duplicates", "provider", "twilio").count()).isEqualTo(1);
    }

    @Test
    void whenKafkaDoesNotAcknowledgeInTimeThenTheCallbackIsRefusedForARetry() {
        CallbackIngest ingest = new CallbackIngest(callback -> new CompletableFuture<>(), recent,
                Duration.ofMillis(50), Duration.ZERO, meters, Runnable::run);

        assertThatThrownBy(() -> ingest.ingest(callback()).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(CallbackRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.KAFKA_UNAVAILABLE));
        assertThat(meters.counter("webhook.accepted", "provider", "twilio").count()).isZero();
    }

    @Test
    void whenTheSendItselfBlocksThenTheDeadlineStillHolds() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService sender = Executors.newSingleThreadExecutor();
        CallbackIngest ingest = new CallbackIngest(callback -> {
            await(release);
            return CompletableFuture.completedFuture(null);
        }, recent, Duration.ofMillis(100), Duration.ZERO, meters, sender);
        try {
            assertThatThrownBy(() -> ingest.ingest(callback()).get(5, TimeUnit.SECONDS))
                    .cause().isInstanceOfSatisfying(CallbackRefused.class,
                            refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.KAFKA_UNAVAILABLE));
        } finally {
            release.countDown();
            sender.shutdown();
            sender.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void whenTheSendItselfFailsThenTheCallbackIsRefusedForARetry() {
        CallbackIngest ingest = new CallbackIngest(callback -> {
            throw new IllegalStateException("producer closed");
        }, recent, Duration.ofSeconds(1), Duration.ZERO, meters, Runnable::run);

        assertThatThrownBy(() -> ingest.ingest(callback()).join())
                .cause().isInstanceOfSatisfying(CallbackRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.KAFKA_UNAVAILABLE));
    }

    @Test
    void shouldGiveALargeBatchMoreTimeThanASingleCallback() {
        CallbackIngest ingest = new CallbackIngest(callback -> CompletableFuture.completedFuture(null), recent,
                Duration.ofSeconds(3), Duration.ofMillis(1), meters, Runnable::run);
        RawCallback raw = callback().raw();
        List<ProviderEvent> thousand = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> ProviderEvent.builder("sendgrid", "ev-" + i, "m", Channel.EMAIL, EventType.OPENED)
                        .build()).toList();

        assertThat(ingest.deadline(AcceptedCallback.ofEvents(raw, thousand))).isEqualTo(Duration.ofMillis(4001));
        assertThat(ingest.deadline(callback())).isEqualTo(Duration.ofMillis(3002));
    }

    @Test
    void aCallbackAlreadyPublishedByAnotherInstanceIsArchivedButItsEventNotPublishedAgain() {
        Set<UUID> sharedStore = ConcurrentHashMap.newKeySet();
        List<AcceptedCallback> sent = new CopyOnWriteArrayList<>();
        CallbackPublisher kafka = callback -> {
            sent.add(callback);
            return CompletableFuture.completedFuture(null);
        };
        PublishedEvents shared = new PublishedEvents() {
            @Override
            public Set<UUID> alreadyPublished(Collection<UUID> ids) {
                return ids.stream().filter(sharedStore::contains).collect(Collectors.toSet());
            }

            @Override
            public void recordPublished(Collection<UUID> ids) {
                sharedStore.addAll(ids);
            }
        };
        CallbackIngest first = new CallbackIngest(kafka, recent, shared, Duration.ofSeconds(1), Duration.ZERO,
                meters, Runnable::run);
        CallbackIngest otherInstance = new CallbackIngest(kafka,
                new RecentEventIds(Duration.ofMinutes(10), 1000, Clock.systemUTC()), shared, Duration.ofSeconds(1),
                Duration.ZERO, meters, Runnable::run);

        first.ingest(callback()).join();
        AcceptedCallback published = otherInstance.ingest(callback()).join();

        assertThat(published.events()).isEmpty();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).events()).isEmpty();
        assertThat(meters.counter("webhook.duplicates", "provider", "twilio").count()).isEqualTo(1);
    }

    @Test
    void whenKafkaRefusedACallbackThenItsRetryIsPublishedInFull() {
        AtomicBoolean kafkaUp = new AtomicBoolean(false);
        CallbackIngest ingest = new CallbackIngest(callback -> kafkaUp.get()
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.failedFuture(new IllegalStateException("down")),
                recent, Duration.ofSeconds(1), Duration.ZERO, meters, Runnable::run);

        assertThatThrownBy(() -> ingest.ingest(callback()).join()).cause().isInstanceOf(CallbackRefused.class);
        kafkaUp.set(true);

        assertThat(ingest.ingest(callback()).join().events()).hasSize(1);
    }

    @Test
    void whenTheSharedStoreIsDownThenTheCallbackIsStillPublished() {
        PublishedEvents down = new PublishedEvents() {
            @Override
            public Set<UUID> alreadyPublished(Collection<UUID> ids) {
                throw new IllegalStateException("database down");
            }

            @Override
            public void recordPublished(Collection<UUID> ids) {
                throw new IllegalStateException("database down");
            }
        };
        CallbackIngest ingest = new CallbackIngest(callback -> CompletableFuture.completedFuture(null), recent, down,
                Duration.ofSeconds(1), Duration.ZERO, meters, Runnable::run);

        assertThat(ingest.ingest(callback()).join().events()).hasSize(1);
        assertThat(meters.counter("webhook.dedup.unavailable").count()).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static AcceptedCallback callback() {
        RawCallback raw = new RawCallback(UUID.randomUUID(), Instant.now(), "twilio", "/webhooks/twilio/messages",
                Map.of(), new byte[0], null);
        ProviderEvent event = ProviderEvent.builder("twilio", "hash-1", "SM1", Channel.SMS, EventType.DELIVERED)
                .build();
        return AcceptedCallback.ofEvents(raw, List.of(event));
    }
}
