package com.voxhub.webhook.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voxhub.events.Topics;
import com.voxhub.events.common.Channel;
import com.voxhub.events.inbound.ReplyReceived;
import com.voxhub.events.provider.ProviderEventReceived;
import com.voxhub.events.provider.ProviderEventType;
import com.voxhub.events.provider.RawCallbackReceived;
import com.voxhub.platform.auth.ApiKeyDirectory;
import com.voxhub.platform.test.TestKafka;
import com.voxhub.platform.test.TestPostgres;
import com.voxhub.platform.test.TopicReader;
import com.voxhub.webhook.Fixtures;
import com.voxhub.webhook.MultipartBodies;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Seed 001's reply and events webhooks against embedded Kafka and PostgreSQL, with a key issued on the topic. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MailGatewayIT {

    private static final long ACCOUNT = 7;
    private static String apiKey;
    private static TopicReader topics;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestKafka.register(registry);
        TestPostgres.register(registry, TestPostgres.freshDatabase("webhook"));
    }

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;
    @Autowired
    ApiKeyDirectory directory;

    private WebTestClient http;

    @BeforeEach
    void connect() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
        if (apiKey == null) {
            apiKey = ApiKeysOnTopic.issue(kafka, ACCOUNT, "acme");
            await().atMost(Duration.ofSeconds(30)).until(() -> directory.authenticate(apiKey).isPresent());
            topics = TopicReader.fromBeginning(TestKafka.shared().getBrokersAsString(),
                    Topics.PROVIDER_EVENTS, Topics.INBOUND_REPLIES, Topics.PROVIDER_RAW_CALLBACKS);
        }
    }

    @AfterAll
    static void disconnect() {
        if (topics != null) {
            topics.close();
            topics = null;
        }
        apiKey = null;
    }

    @Test
    void aReplyIsAnsweredWithItsMessageSidOnceItIsOnTheInboundTopic() {
        Map<String, String> fields = replyFields("<reply-" + UUID.randomUUID() + "@mail.example.com>");

        String sid = postReply(apiKey, fields).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().toString();
        Map<?, ?> answer = postReply(apiKey, fields).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(answer.get("status")).isEqualTo(200);
        String messageSid = (String) ((Map<?, ?>) answer.get("data")).get("MessageSid");
        assertThat(sid).contains(messageSid); // a retried reply gets the same MessageSid
        ConsumerRecord<String, byte[]> record = topics.await(
                r -> r.topic().equals(Topics.INBOUND_REPLIES) && ((ReplyReceived) TopicReader.decode(r)).getEventId().toString()
                        .equals(messageSid), 1, Duration.ofSeconds(15)).get(0);
        ReplyReceived reply = (ReplyReceived) TopicReader.decode(record);
        assertThat(record.key()).isEqualTo("7:sender@example.com");
        assertThat(reply.getAccountId()).isEqualTo(ACCOUNT);
        assertThat(reply.getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(reply.getFrom()).isEqualTo("sender@example.com");
        assertThat(reply.getTo()).isEqualTo("reply@sub.domain.com");
        assertThat(reply.getSubject()).isEqualTo("Re: Your application");
        assertThat(reply.getBody()).contains("Yes, I am still interested.");
        assertThat(reply.getInReplyTo()).isEqualTo("vh-msg-42@voxhub.test");
        assertThat(reply.getProvider()).isEqualTo("mail-gateway");
    }

    @Test
    void theSeedsEventsAreNormalizedOnTheProviderTopic() {
        String messageId = "gw" + UUID.randomUUID().toString().replace("-", "");
        String body = new String(Fixtures.bytes("mailgateway/seed-001-events.json"), StandardCharsets.UTF_8)
                .replace("14c5d75ce93", messageId).replace("sg-ev-", messageId + "-sg-").replace("ev-", messageId + "-ev-");

        http.post().uri("/communications/email/v1/events").header("Authorization", apiKey)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk()
                .expectBody().json("{\"status\":200}", true);

        List<ProviderEventType> types = topics.await(r -> r.topic().equals(Topics.PROVIDER_EVENTS)
                        && messageId.equals(r.key()), 7, Duration.ofSeconds(15)).stream()
                .map(r -> ((ProviderEventReceived) TopicReader.decode(r)).getType()).toList();
        assertThat(types).containsExactly(ProviderEventType.DELIVERED, ProviderEventType.OPENED,
                ProviderEventType.CLICKED, ProviderEventType.CLICKED, ProviderEventType.UNKNOWN,
                ProviderEventType.UNSUBSCRIBED, ProviderEventType.BOUNCED);
        RawCallbackReceived raw = (RawCallbackReceived) TopicReader.decode(topics.await(
                r -> r.topic().equals(Topics.PROVIDER_RAW_CALLBACKS)
                        && new String(((RawCallbackReceived) TopicReader.decode(r)).getBody().array(),
                        StandardCharsets.UTF_8).contains(messageId), 1, Duration.ofSeconds(15)).get(0));
        assertThat(raw.getHeaders()).containsEntry("Authorization", "[redacted]");
    }

    @Test
    void withoutAValidApiKeyTheSeedsErrorShapeIsAnsweredAndNothingIsPublished() {
        String marker = "unauth-" + UUID.randomUUID();
        String body = "{\"email\":\"a@b.c\",\"event\":\"applicant\",\"eventId\":\"" + marker + "\"}";

        http.post().uri("/communications/email/v1/events").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.message").isEqualTo("Missing Authorization header");
        http.post().uri("/communications/email/v1/events").header("Authorization", "Bearer vh_live_nope")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.message").isEqualTo("Invalid API key");
        postReply("vh_live_nope", replyFields("<x@y>")).expectStatus().isUnauthorized();
        // A valid post afterwards is on the topic; the refused ones before it are not.
        String after = "after-" + UUID.randomUUID();
        http.post().uri("/communications/email/v1/events").header("Authorization", "Bearer " + apiKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\":\"a@b.c\",\"event\":\"applicant\",\"eventId\":\"" + after + "\"}")
                .exchange().expectStatus().isOk();
        topics.await(r -> r.topic().equals(Topics.PROVIDER_EVENTS)
                && ((ProviderEventReceived) TopicReader.decode(r)).getProviderEventId().equals(after), 1, Duration.ofSeconds(15));
        assertThat(topics.matching(r -> r.topic().equals(Topics.PROVIDER_EVENTS)
                && ((ProviderEventReceived) TopicReader.decode(r)).getProviderEventId().equals(marker))).isEmpty();
    }

    @Test
    void aReplyWithoutTheSeedsMandatoryFieldsIs400InTheSeedsShape() {
        Map<String, String> fields = replyFields("<m@x>");
        fields.remove("envelope");

        postReply(apiKey, fields).expectStatus().isBadRequest()
                .expectBody().json("{\"status\":400,\"message\":\"Missing mandatory fields: envelope\"}", true);
        http.post().uri("/communications/email/v1/reply").header("Authorization", apiKey)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(415).expectBody().jsonPath("$.status").isEqualTo(415);
        http.post().uri("/communications/email/v1/events").header("Authorization", apiKey)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("[{\"event\":\"open\"}]").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.status").isEqualTo(400);
    }

    private WebTestClient.ResponseSpec postReply(String key, Map<String, String> fields) {
        return http.post().uri("/communications/email/v1/reply").header("Authorization", key)
                .contentType(MediaType.parseMediaType(MultipartBodies.CONTENT_TYPE))
                .bodyValue(MultipartBodies.form(fields)).exchange();
    }

    private static Map<String, String> replyFields(String messageId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", new String(Fixtures.bytes("mailgateway/seed-001-reply.eml"), StandardCharsets.UTF_8)
                .replace("<CAHmo5pZ4Q@mail.example.com>", messageId));
        fields.put("to", "User Name <reply@sub.domain.com>");
        fields.put("cc", "user <sample1@example.com>");
        fields.put("from", "senderName <sender@example.com>");
        fields.put("sender_ip", "192.168.1.1");
        fields.put("envelope", "{\"to\":[\"reply@sub.domain.com\"],\"from\":\"sender@domain.com\"}");
        fields.put("subject", "Re: Your application");
        fields.put("charsets", "{\"to\":\"UTF-8\",\"from\":\"UTF-8\",\"subject\":\"UTF-8\"}");
        return fields;
    }
}
