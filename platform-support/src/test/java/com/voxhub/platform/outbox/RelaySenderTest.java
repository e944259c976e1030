package com.voxhub.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class RelaySenderTest {

    private final List<MockProducer<String, byte[]>> producers = new CopyOnWriteArrayList<>();
    private final RelaySender sender = new RelaySender(() -> {
        MockProducer<String, byte[]> producer =
                new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        producers.add(producer);
        return producer;
    }, Duration.ofSeconds(5));

    @Test
    void shouldCountOnlyTheRowsAckedBeforeTheFirstFailure() throws Exception {
        var outcome = CompletableFuture.supplyAsync(() -> sender.send(List.of(row(1), row(2), row(3))));
        MockProducer<String, byte[]> producer = awaitSends(0, 3);
        producer.completeNext();
        producer.errorNext(new org.apache.kafka.common.errors.TimeoutException("broker gone"));

        RelaySender.Outcome result = outcome.get();
        assertThat(result.sent()).extracting(OutboxRow::id).containsExactly(1L);
        assertThat(result.failure()).hasMessageContaining("broker gone");
    }

    @Test
    void shouldSendTheTypeHeaderAndStoredHeadersWithEachRecord() throws Exception {
        var outcome = CompletableFuture.supplyAsync(() -> sender.send(List.of(row(1))));
        MockProducer<String, byte[]> producer = awaitSends(0, 1);
        producer.completeNext();

        assertThat(outcome.get().failure()).isNull();
        var record = producer.history().get(0);
        assertThat(record.key()).isEqualTo("job-1");
        assertThat(new String(record.headers().lastHeader("vh-record-type").value()))
                .isEqualTo("com.voxhub.events.campaign.JobUnqueued");
        assertThat(new String(record.headers().lastHeader("traceparent").value()))
                .isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    }

    @Test
    void shouldStartAFreshProducerAfterAFailure() throws Exception {
        var first = CompletableFuture.supplyAsync(() -> sender.send(List.of(row(1))));
        awaitSends(0, 1).errorNext(new org.apache.kafka.common.errors.TimeoutException("broker gone"));
        first.get();
        assertThat(producers.get(0).closed()).isTrue();

        var second = CompletableFuture.supplyAsync(() -> sender.send(List.of(row(1))));
        awaitSends(1, 1).completeNext();
        assertThat(second.get().sent()).hasSize(1);
    }

    /** The {@code index}-th producer the sender created, once it has been handed {@code count} records. */
    private MockProducer<String, byte[]> awaitSends(int index, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (producers.size() <= index || producers.get(index).history().size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("producer " + index + " was not handed " + count + " records");
            }
            Thread.onSpinWait();
        }
        return producers.get(index);
    }

    private static OutboxRow row(long id) {
        return new OutboxRow(id, "campaign.jobs", "job-" + id, "com.voxhub.events.campaign.JobUnqueued",
                new byte[] {1, 2, 3}, Map.of("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"),
                Instant.now());
    }
}
