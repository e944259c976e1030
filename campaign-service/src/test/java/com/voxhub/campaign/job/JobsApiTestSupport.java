package com.voxhub.campaign.job;

import com.voxhub.events.Topics;
import com.voxhub.platform.test.TestKafka;
import com.voxhub.platform.test.TestPostgres;
import com.voxhub.platform.test.TopicReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the API integration tests: one service over embedded PostgreSQL and Kafka (one context shared by every
 * subclass), a fresh account and key per test, and helpers for campaigns, jobs and the records on the topics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "voxhub.admin.token=test-admin")
public abstract class JobsApiTestSupport {

    protected static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };
    protected static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, TestPostgres.freshDatabase("campaign"));
        TestKafka.register(registry);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected WebTestClient http;
    protected String apiKey;

    @BeforeEach
    void accountAndKey() {
        startIdsFarFromOtherContexts();
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).responseTimeout(Duration.ofSeconds(60)).build();
        apiKey = newAccountKey("acme-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static volatile boolean idsMoved;

    /**
     * Other test classes of the JVM run their own database against the same embedded broker: ids starting at 1
     * there would match ours on the topics. This context's ids start above a billion.
     */
    private void startIdsFarFromOtherContexts() {
        if (!idsMoved) {
            long base = 1_000_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L);
            for (String sequence : List.of("account_id_seq", "campaign_id_seq", "job_id_seq")) {
                jdbc.sql("select setval('" + sequence + "', greatest(?, (select last_value from " + sequence + ")))")
                        .param(base).query(Long.class).single();
            }
            idsMoved = true;
        }
    }

    protected static String jobsTopic() {
        return Topics.CAMPAIGN_JOBS;
    }

    protected String newAccountKey(String login) {
        Map<String, Object> account = http.post().uri("/api/v1/accounts").header("X-Admin-Token", "test-admin")
                .bodyValue(Map.of("login", login)).exchange().expectStatus().isCreated()
                .expectBody(MAP).returnResult().getResponseBody();
        Map<String, Object> key = http.post().uri("/api/v1/accounts/" + account.get("id") + "/api-keys")
                .header("X-Admin-Token", "test-admin").bodyValue(Map.of("label", "it")).exchange().expectStatus().isCreated()
                .expectBody(MAP).returnResult().getResponseBody();
        return (String) key.get("key");
    }

    protected long createCampaign(String key, String channel) {
        Map<String, Object> campaign = http.post().uri("/api/v1/campaigns").header("X-API-Key", key)
                .bodyValue(Map.of("name", "IT " + channel, "channel", channel, "country", "FR"))
                .exchange().expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();
        return ((Number) campaign.get("id")).longValue();
    }

    protected long createJob(String key, long campaign, String reference) {
        Map<String, Object> job = http.post().uri("/j/jobs").header("Authorization", "Bearer " + key)
                .bodyValue(Map.of("campaign", campaign, "reference", reference, "numbers", List.of("+33612345678")))
                .exchange().expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();
        return ((Number) job.get("id")).longValue();
    }

    /** A seed-002 POST with this test's key; add headers, then {@code exchange()}. */
    protected WebTestClient.RequestHeadersSpec<?> jobsPost(String path, Object body) {
        return http.post().uri(path).header("Authorization", "Bearer " + apiKey).bodyValue(body);
    }

    protected long jobCount(long campaign) {
        return jdbc.sql("select count(*) from job where campaign_id = ?").param(campaign).query(Long.class).single();
    }

    protected String campaignStatus(long campaign) {
        return jdbc.sql("select status from campaign where id = ?").param(campaign).query(String.class).single();
    }

    protected long outboxRowsSince(java.time.Instant since) {
        return jdbc.sql("select count(*) from outbox_event where created_at >= ?")
                .param(java.sql.Timestamp.from(since)).query(Long.class).single();
    }

    /** The {@code data} of one item of a bulk answer. */
    @SuppressWarnings("unchecked")
    protected static Map<String, Object> data(Object item) {
        return (Map<String, Object>) ((Map<String, Object>) item).get("data");
    }

    /** Waits for {@code count} records of {@code campaign} on {@code topic} that match {@code filter}. */
    protected List<SpecificRecord> awaitRecords(String topic, long campaign, Predicate<SpecificRecord> filter, int count) {
        try (TopicReader reader = TopicReader.fromBeginning(TestKafka.shared().getBrokersAsString(), topic)) {
            return reader.await(r -> {
                SpecificRecord value = TopicReader.decode(r);
                return value != null && campaignOf(value) == campaign && filter.test(value);
            }, count, Duration.ofSeconds(30)).stream().map(TopicReader::decode).toList();
        }
    }

    private static long campaignOf(SpecificRecord record) {
        Object id = record.getSchema().getField("campaignId") == null ? null
                : record.get(record.getSchema().getField("campaignId").pos());
        return id instanceof Number n ? n.longValue() : -1;
    }
}
