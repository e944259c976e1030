package com.voxhub.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voxhub.events.Topics;
import com.voxhub.events.campaign.JobUnqueued;
import com.voxhub.platform.Events;
import com.voxhub.platform.PlatformTestApplication;
import com.voxhub.platform.outbox.Outbox;
import com.voxhub.platform.test.TestKafka;
import com.voxhub.platform.test.TestPostgres;
import com.voxhub.platform.test.TopicReader;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = PlatformTestApplication.class, properties = {
        "spring.application.name=wiring-it",
        "spring.flyway.locations=classpath:db/platform",
        "voxhub.kafka.retry.attempts=2",
        "voxhub.kafka.retry.initial-interval=50ms"})
@Import(KafkaWiringIT.Listener.class)
class KafkaWiringIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, TestPostgres.freshDatabase("wiring"));
        TestKafka.register(registry);
    }

    /** A plain listener as a service writes it; remembers, per key, the value and the trace it ran in. */
    @TestConfiguration
    static class Listener {

        record Seen(SpecificRecord value, String traceId) {
        }

        final Map<String, Seen> seen = new ConcurrentHashMap<>();
        private final Tracer tracer;

        Listener(Tracer tracer) {
            this.tracer = tracer;
        }

        @KafkaListener(topics = Topics.CAMPAIGN_JOBS, groupId = "wiring-it")
        void on(ConsumerRecord<String, SpecificRecord> record) {
            if (record.value() instanceof JobUnqueued job && "boom".equals(job.getReason())) {
                throw new IllegalStateException("cannot process job " + job.getJobId());
            }
            Span span = tracer.currentSpan();
            seen.put(record.key(), new Seen(record.value(), span == null ? null : span.context().traceId()));
        }
    }

    @Autowired KafkaTemplate<String, SpecificRecord> template;
    @Autowired Listener listener;
    @Autowired Tracer tracer;
    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transactions;

    private TopicReader reader;

    @BeforeEach
    void openReader() {
        reader = TopicReader.fromBeginning(brokers(), Topics.CAMPAIGN_JOBS, Topics.deadLetter(Topics.CAMPAIGN_JOBS));
    }

    @AfterEach
    void closeReader() {
        reader.close();
    }

    @Test
    void shouldDeadLetterAPoisonRecordWithItsExceptionAndStillProcessTheNextGoodRecord() {
        String poisonKey = "poison-" + UUID.randomUUID();
        String goodKey = "good-" + UUID.randomUUID();
        byte[] poison = "{\"not\": \"single-object avro\"}".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers()), new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(Topics.CAMPAIGN_JOBS, 0, poisonKey, poison));
        }
        template.send(new ProducerRecord<>(Topics.CAMPAIGN_JOBS, 0, goodKey, Events.jobUnqueued(1, "good")));

        await().atMost(Duration.ofSeconds(20)).until(() -> listener.seen.containsKey(goodKey));
        ConsumerRecord<String, byte[]> dead = reader.await(record -> poisonKey.equals(record.key())
                && record.topic().equals(Topics.deadLetter(Topics.CAMPAIGN_JOBS)), 1, Duration.ofSeconds(20)).get(0);
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(TopicReader.header(dead, KafkaHeaders.DLT_EXCEPTION_FQCN))
                .isEqualTo("org.springframework.kafka.support.serializer.DeserializationException");
        assertThat(TopicReader.header(dead, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.CAMPAIGN_JOBS);
        assertThat(listener.seen).doesNotContainKey(poisonKey);
    }

    @Test
    void shouldDeadLetterARecordWhoseListenerKeepsFailingAfterTheRetries() {
        String key = "failing-" + UUID.randomUUID();
        template.send(Topics.CAMPAIGN_JOBS, key, Events.jobUnqueued(99, "boom"));

        ConsumerRecord<String, byte[]> dead = reader.await(record -> key.equals(record.key())
                && record.topic().equals(Topics.deadLetter(Topics.CAMPAIGN_JOBS)), 1, Duration.ofSeconds(20)).get(0);
        assertThat(((JobUnqueued) TopicReader.decode(dead)).getJobId()).isEqualTo(99);
        assertThat(TopicReader.header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("cannot process job 99");
        assertThat(TopicReader.header(dead, Topics.RECORD_TYPE_HEADER))
                .isEqualTo("com.voxhub.events.campaign.JobUnqueued");
    }

    @Test
    void shouldCarryTheProducersTraceToTheListener() {
        String key = "traced-" + UUID.randomUUID();
        Span span = tracer.nextSpan().name("produce").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            template.send(Topics.CAMPAIGN_JOBS, key, Events.jobUnqueued(2, "traced")).join();
        } finally {
            span.end();
        }

        ConsumerRecord<String, byte[]> record =
                reader.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(10)).get(0);
        assertThat(TopicReader.header(record, "traceparent")).contains(span.context().traceId());
        assertThat(TopicReader.header(record, Topics.RECORD_TYPE_HEADER))
                .isEqualTo("com.voxhub.events.campaign.JobUnqueued");
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.seen.containsKey(key));
        assertThat(listener.seen.get(key).traceId()).isEqualTo(span.context().traceId());
    }

    @Test
    void shouldCarryTheAppendersTraceAcrossTheOutboxToTheListener() {
        String key = "outbox-traced-" + UUID.randomUUID();
        Span span = tracer.nextSpan().name("append").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            transactions.executeWithoutResult(status ->
                    outbox.append(Topics.CAMPAIGN_JOBS, key, Events.jobUnqueued(3, "via outbox")));
        } finally {
            span.end();
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> listener.seen.containsKey(key));
        assertThat(listener.seen.get(key).traceId()).isEqualTo(span.context().traceId());
    }

    @Test
    void shouldCreateEveryCatalogTopicAndItsDeadLetterTopicWithCompactionWhereTheCatalogSaysSo() throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", brokers()))) {
            var names = admin.listTopics().names().get();
            Topics.all().forEach(topic -> assertThat(names).contains(topic.name(), topic.deadLetter()));
            ConfigResource apiKeys = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ACCOUNTS_API_KEYS);
            Config config = admin.describeConfigs(java.util.List.of(apiKeys)).all().get().get(apiKeys);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
            assertThat(admin.describeTopics(java.util.List.of(Topics.CAMPAIGN_JOBS)).allTopicNames().get()
                    .get(Topics.CAMPAIGN_JOBS).partitions()).hasSize(3);
        }
    }

    private static String brokers() {
        return TestKafka.shared().getBrokersAsString();
    }
}
