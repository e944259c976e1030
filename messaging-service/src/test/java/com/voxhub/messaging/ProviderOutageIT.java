package com.voxhub.messaging;

import com.voxhub.events.Topics;
import com.voxhub.events.campaign.CampaignChanged;
import com.voxhub.events.campaign.CampaignStatus;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.common.Channel;
import com.voxhub.messaging.provider.twilio.FakeTwilio;
import com.voxhub.platform.test.TestKafka;
import com.voxhub.platform.test.TestPostgres;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "With the SMS API failing half its requests for a while, every message is still sent exactly once": jobs keep
 * arriving while every second Twilio POST fails (503, 500, 429 with Retry-After); each number must end with exactly
 * one created message and every message ACCEPTED. The window is {@code -Doutage.seconds} (default 20; 60 reproduces
 * the minute).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ProviderOutageIT {

    private static final FakeTwilio TWILIO = startTwilio();
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("outage.seconds", 20));
    private static final int MESSAGES = 200;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestKafka.register(registry);
        TestPostgres.register(registry, TestPostgres.freshDatabase("messaging_outage"));
        registry.add("voxhub.twilio.base-url", TWILIO::baseUrl);
        registry.add("voxhub.messaging.dispatch.poll-interval", () -> "100ms");
        registry.add("voxhub.outbox.poll-interval", () -> "100ms");
        // Short waits so the test ends soon after the outage; the production defaults are longer.
        registry.add("voxhub.twilio.resilience.open-state-wait", () -> "2s");
        registry.add("voxhub.twilio.resilience.retry-backoff", () -> "100ms");
        registry.add("voxhub.messaging.dispatch.base-backoff", () -> "500ms");
        registry.add("voxhub.messaging.dispatch.max-backoff", () -> "3s");
        registry.add("voxhub.messaging.dispatch.max-deferrals", () -> "1000");
    }

    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stopTwilio() {
        TWILIO.close();
    }

    @Test
    void everyMessageIsCreatedExactlyOnceWhileHalfTheProviderRequestsFail() throws Exception {
        long campaignId = System.currentTimeMillis() % 1_000_000;
        kafka.send(Topics.CAMPAIGN_CAMPAIGNS, String.valueOf(campaignId), CampaignChanged.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now()).setCampaignId(campaignId)
                .setAccountId(3L).setVersion(1).setName("outage").setChannel(Channel.SMS)
                .setStatus(CampaignStatus.ACTIVE).setMaxAttempts(1).setRetryDelaysMinutes(List.of())
                .setSmsTemplate("Hello {{name}}").build()).get();
        Instant end = Instant.now().plus(OUTAGE);
        TWILIO.failHalfOfPostsUntil(end, FakeTwilio.Reply.json(503, "{\"code\": 20503, \"status\": 503}"),
                FakeTwilio.Reply.json(500, "{\"code\": 20500, \"status\": 500}"),
                FakeTwilio.error(429, 20429).withHeader("Retry-After", "1"));

        List<String> numbers = new ArrayList<>();
        // Jobs keep arriving during the whole outage, not only at its start: one every OUTAGE / MESSAGES.
        long pause = OUTAGE.toMillis() / MESSAGES;
        ScheduledExecutorService arrivals = Executors.newSingleThreadScheduledExecutor();
        List<ScheduledFuture<?>> published = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            long jobId = campaignId * 1000 + i;
            String number = "+3367" + String.format("%07d", jobId % 10_000_000);
            numbers.add(number);
            JobQueued job = JobQueued.newBuilder()
                    .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now()).setJobId(jobId)
                    .setCampaignId(campaignId).setAccountId(3L).setChannel(Channel.SMS).setName("Ada")
                    .setNumbers(List.of(number)).setData(Map.of()).setAddressLines(List.of()).build();
            published.add(arrivals.schedule(() -> kafka.send(Topics.CAMPAIGN_JOBS, String.valueOf(jobId), job).join(),
                    i * pause, TimeUnit.MILLISECONDS));
        }
        for (ScheduledFuture<?> future : published) {
            future.get(OUTAGE.toSeconds() + 30, TimeUnit.SECONDS);
        }
        arrivals.shutdown();

        await().atMost(OUTAGE.plus(Duration.ofSeconds(90))).pollInterval(Duration.ofMillis(500))
                .until(() -> accepted(campaignId) == MESSAGES);

        assertThat(Instant.now()).as("the outage lasted while messages were sent").isAfter(end.minusSeconds(2));
        assertThat(numbers).allSatisfy(number -> assertThat(TWILIO.createdFor(number)).as(number).isEqualTo(1));
        long failedPosts = TWILIO.posts().size() - MESSAGES;
        assertThat(failedPosts).as("requests that failed and were retried").isPositive();
        LoggerFactory.getLogger(ProviderOutageIT.class).info("outage of {}: {} messages, {} POSTs, {} failed, "
                + "each number created once", OUTAGE, MESSAGES, TWILIO.posts().size(), failedPosts);
        assertThat(jdbc.sql("SELECT count(*) FROM message WHERE campaign_id = ? AND status <> 'ACCEPTED'")
                .param(campaignId).query(Long.class).single()).isZero();
    }

    private long accepted(long campaignId) {
        return jdbc.sql("SELECT count(*) FROM message WHERE campaign_id = ? AND status = 'ACCEPTED'")
                .param(campaignId).query(Long.class).single();
    }

    private static FakeTwilio startTwilio() {
        try {
            return new FakeTwilio();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
