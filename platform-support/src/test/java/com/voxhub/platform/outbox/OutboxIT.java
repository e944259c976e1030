package com.voxhub.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.voxhub.events.Topics;
import com.voxhub.events.campaign.JobUnqueued;
import com.voxhub.platform.Events;
import com.voxhub.platform.PlatformTestApplication;
import com.voxhub.platform.test.TestKafka;
import com.voxhub.platform.test.TestPostgres;
import com.voxhub.platform.test.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = PlatformTestApplication.class, properties = {
        "spring.application.name=outbox-it",
        "spring.flyway.locations=classpath:db/platform",
        // Far longer than the arrival the test demands: only the after-commit wake-up can be that fast.
        "voxhub.outbox.poll-interval=10s"})
class OutboxIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, TestPostgres.freshDatabase("outbox"));
        TestKafka.register(registry);
    }

    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Tracer tracer;
    @Autowired MeterRegistry meters;

    private TopicReader reader;
    private final String key = "job-" + UUID.randomUUID();

    @BeforeEach
    void openReader() {
        reader = TopicReader.fromBeginning(TestKafka.shared().getBrokersAsString(), Topics.CAMPAIGN_JOBS);
    }

    @AfterEach
    void closeReader() {
        reader.close();
    }

    @Test
    void shouldDeliverAnAppendedEventWithItsKeyTypeHeaderAndTraceparentWithinTwoSecondsOfCommit() {
        JobUnqueued event = Events.jobUnqueued(42, "first");
        Span span = tracer.nextSpan().name("append").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            transactions.executeWithoutResult(status -> outbox.append(Topics.CAMPAIGN_JOBS, key, event));
        } finally {
            span.end();
        }

        List<ConsumerRecord<String, byte[]>> records =
                reader.await(record -> key.equals(record.key()), 1, Duration.ofSeconds(2));

        ConsumerRecord<String, byte[]> record = records.get(0);
        assertThat(TopicReader.header(record, Topics.RECORD_TYPE_HEADER))
                .isEqualTo("com.voxhub.events.campaign.JobUnqueued");
        assertThat(TopicReader.header(record, "traceparent")).contains(span.context().traceId());
        assertThat(TopicReader.decode(record)).isEqualTo(event);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                jdbc.sql("SELECT count(*) FROM outbox_event WHERE record_key = ? AND sent_at IS NOT NULL")
                        .param(key).query(Long.class).single()).isEqualTo(1));
        assertThat(meters.get("voxhub.outbox.relay.lag").timer().count()).isPositive();
    }

    @Test
    void shouldSendNothingWhenTheTransactionRollsBack() {
        transactions.executeWithoutResult(status -> {
            outbox.append(Topics.CAMPAIGN_JOBS, key, Events.jobUnqueued(43, "rolled back"));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status ->
                outbox.append(Topics.CAMPAIGN_JOBS, key, Events.jobUnqueued(43, "committed")));

        // The committed event arrives, so the relay ran; the rolled-back one never does.
        reader.await(record -> key.equals(record.key()), 1, Duration.ofSeconds(5));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(reader.poll(Duration.ofMillis(100)).stream()
                        .filter(record -> key.equals(record.key()))
                        .map(record -> ((JobUnqueued) TopicReader.decode(record)).getReason()))
                        .containsExactly("committed"));
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event WHERE record_key = ?")
                .param(key).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void shouldDeliverABatchAppendInListOrderAsOneRowPerEvent() {
        List<Outbox.Message> batch = java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> new Outbox.Message(Topics.CAMPAIGN_JOBS, key, Events.jobUnqueued(i, "batch-" + i)))
                .toList();
        transactions.executeWithoutResult(status -> outbox.appendAll(batch));

        List<ConsumerRecord<String, byte[]>> records =
                reader.await(record -> key.equals(record.key()), 300, Duration.ofSeconds(10));

        assertThat(records).extracting(r -> ((JobUnqueued) TopicReader.decode(r)).getReason().toString())
                .containsExactlyElementsOf(batch.stream().map(m -> ((JobUnqueued) m.event()).getReason().toString()).toList());
        assertThat(TopicReader.header(records.get(0), Topics.RECORD_TYPE_HEADER))
                .isEqualTo("com.voxhub.events.campaign.JobUnqueued");
        assertThatThrownBy(() -> outbox.appendAll(batch)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldRefuseToAppendOutsideATransaction() {
        assertThatThrownBy(() -> outbox.append(Topics.CAMPAIGN_JOBS, key, Events.jobUnqueued(44, "no tx")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transaction");
    }
}
