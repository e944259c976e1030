package com.voxhub.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voxhub.events.Topics;
import com.voxhub.events.campaign.CampaignChanged;
import com.voxhub.events.campaign.JobChanged;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.dialer.CallAttemptStarted;
import com.voxhub.events.dialer.CallStatus;
import com.voxhub.events.dialer.CallStatusChanged;
import com.voxhub.events.dialer.JobDialingFinished;
import com.voxhub.events.messaging.MessageAccepted;
import com.voxhub.events.messaging.MessageStatus;
import com.voxhub.events.messaging.MessageStatusChanged;
import com.voxhub.events.provider.ProviderEventReceived;
import com.voxhub.events.provider.ProviderEventType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The walking skeleton, real at every hop: an upstream system queues a seed-002 job; the delivering service
 * sends it through the provider sandbox; the sandbox's signed callbacks pass webhook-ingest; the outcome
 * reaches campaign-service, which shows the job as succeeded (state 2).
 */
class SkeletonFlowIT {

    private static LocalPlatform platform;
    private static TopicRecorder topics;
    private static final Http http = new Http();
    private static String apiKey;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = new LocalPlatform();
        topics = new TopicRecorder(platform.kafka.getBrokersAsString());
        Map<String, String> admin = Map.of("X-Admin-Token", LocalPlatform.ADMIN_TOKEN);
        Http.Response account = http.post(platform.campaign.url() + "/api/v1/accounts", admin,
                Map.of("login", "skeleton", "name", "Skeleton Ltd"));
        assertThat(account.status()).as(account.raw()).isEqualTo(201);
        Http.Response key = http.post(platform.campaign.url() + "/api/v1/accounts/" + account.body().get("id").asLong()
                + "/api-keys", admin, Map.of("label", "system-test", "mode", "live"));
        assertThat(key.status()).as(key.raw()).isEqualTo(201);
        apiKey = key.body().get("key").asString();
        assertThat(apiKey).startsWith("vh_live_");
    }

    @AfterAll
    static void stopPlatform() throws Exception {
        if (topics != null) {
            topics.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void smsJobIsSentThroughTheSandboxAndEndsSucceeded() throws Exception {
        long campaignId = createCampaign("sms", Map.of("sms_template", "Hello {{name}}, your code is {{code}}"));
        long jobId = queueJob(campaignId, "sms-1", "+33612345678", Map.of("code", "4242"));

        awaitJobState(jobId, 2);

        assertThat(topics.on(Topics.CAMPAIGN_CAMPAIGNS, CampaignChanged.class, c -> c.getCampaignId() == campaignId)).isNotEmpty();
        assertThat(topics.on(Topics.CAMPAIGN_JOBS, JobQueued.class, j -> j.getJobId() == jobId))
                .singleElement()
                .satisfies(j -> assertThat(j.getNumbers()).containsExactly("+33612345678"));
        List<MessageAccepted> accepted = topics.on(Topics.MESSAGING_MESSAGE_EVENTS, MessageAccepted.class,
                m -> Long.valueOf(jobId).equals(m.getJobId()));
        assertThat(accepted).hasSize(1);
        String messageId = accepted.get(0).getMessageId();
        assertThat(topics.on(Topics.PROVIDER_EVENTS, ProviderEventReceived.class, e -> messageId.equals(e.getReference()))
                .stream().map(ProviderEventReceived::getType))
                .contains(ProviderEventType.QUEUED, ProviderEventType.SENT, ProviderEventType.DELIVERED);
        assertThat(topics.on(Topics.MESSAGING_MESSAGE_EVENTS, MessageStatusChanged.class,
                m -> messageId.equals(m.getMessageId())).stream().map(MessageStatusChanged::getStatus))
                .contains(MessageStatus.DELIVERED);
        assertThat(topics.on(Topics.CAMPAIGN_JOBS, JobChanged.class, j -> j.getJobId() == jobId && j.getState() == 2))
                .isNotEmpty();

        JsonNode requests = http.get(platform.sandbox.url() + "/sandbox/v1/requests?channel=sms&reference=" + messageId,
                Map.of()).body();
        assertThat(requests.toString()).contains("Hello Simon Dupont, your code is 4242");
    }

    @Test
    void voiceJobIsCalledThroughTheSandboxAndEndsSucceeded() throws Exception {
        long campaignId = createCampaign("voice", Map.of());
        long jobId = queueJob(campaignId, "voice-1", "+33612345679", Map.of());

        awaitJobState(jobId, 2);

        assertThat(topics.on(Topics.CAMPAIGN_JOBS, JobQueued.class, j -> j.getJobId() == jobId)).hasSize(1);
        assertThat(topics.on(Topics.DIALER_CALL_EVENTS, CallAttemptStarted.class, c -> c.getJobId() == jobId)).hasSize(1);
        assertThat(topics.on(Topics.DIALER_CALL_EVENTS, CallStatusChanged.class, c -> c.getJobId() == jobId)
                .stream().map(CallStatusChanged::getStatus))
                .contains(CallStatus.RINGING, CallStatus.ANSWERED, CallStatus.COMPLETED);
        assertThat(topics.on(Topics.DIALER_CALL_EVENTS, JobDialingFinished.class, c -> c.getJobId() == jobId))
                .singleElement()
                .satisfies(f -> assertThat(f.getJobState()).isEqualTo(2));
        assertThat(topics.on(Topics.PROVIDER_EVENTS, ProviderEventReceived.class, e -> true)
                .stream().map(ProviderEventReceived::getType))
                .contains(ProviderEventType.CALL_INITIATED, ProviderEventType.CALL_RINGING,
                        ProviderEventType.CALL_ANSWERED, ProviderEventType.CALL_COMPLETED);
        assertThat(topics.on(Topics.CAMPAIGN_JOBS, JobChanged.class, j -> j.getJobId() == jobId && j.getState() == 2))
                .isNotEmpty();
    }

    @Test
    void aJobWithoutAValidTokenIsRefusedAndNothingIsQueued() throws Exception {
        Http.Response response = http.post(platform.campaign.url() + "/j/jobs", Map.of("Authorization", "Bearer vh_live_wrong"),
                Map.of("campaign", 1, "numbers", List.of("+33612345678")));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().get("detail").asString()).isNotBlank();
    }

    private long createCampaign(String channel, Map<String, Object> extra) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Skeleton " + channel, "channel", channel, "country", "FR"));
        body.putAll(extra);
        Http.Response created = http.post(platform.campaign.url() + "/api/v1/campaigns", Map.of("X-API-Key", apiKey), body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().get("status").asString()).isEqualTo("active");
        return created.body().get("id").asLong();
    }

    private long queueJob(long campaignId, String reference, String number, Map<String, String> data) throws Exception {
        Http.Response job = http.post(platform.campaign.url() + "/j/jobs", Map.of("Authorization", "Bearer " + apiKey),
                Map.of("campaign", campaignId, "name", "Simon Dupont", "reference", reference,
                        "numbers", List.of(number), "data", data));
        assertThat(job.status()).as(job.raw()).isEqualTo(201);
        assertThat(job.body().get("state").asInt()).isZero();
        return job.body().get("id").asLong();
    }

    private void awaitJobState(long jobId, int state) {
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                Http.Response job = http.get(platform.campaign.url() + "/j/jobs/" + jobId,
                        Map.of("Authorization", "Bearer " + apiKey));
                assertThat(job.status()).isEqualTo(200);
                assertThat(job.body().get("state").asInt()).isEqualTo(state);
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nservice logs:" + platform.logs(), e);
        }
    }
}
