package com.voxhub.webhook.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voxhub.events.Topics;
import com.voxhub.events.common.Channel;
import com.voxhub.events.inbound.ReplyReceived;
import com.voxhub.events.provider.ProviderEventReceived;
import com.voxhub.events.provider.ProviderEventType;
import com.voxhub.events.provider.RawCallbackReceived;
import com.voxhub.platform.test.TestPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "voxhub.kafka.partitions=1",
        "voxhub.twilio.auth-token=" + SignedCallbacks.AUTH_TOKEN,
        "voxhub.webhooks.public-base-url=" + SignedCallbacks.PUBLIC_BASE_URL + "/"})
@EmbeddedKafka
class WebhookIngestIT {

    private static final SignedCallbacks SIGN = new SignedCallbacks();
    private static RecordedTopics topics;

    @DynamicPropertySource
    static void sendGridKey(DynamicPropertyRegistry registry) {
        registry.add("voxhub.webhooks.sendgrid.verification-key-file", () -> SIGN.verificationKeyFile().toString());
        TestPostgres.register(registry, TestPostgres.freshDatabase("webhook"));
    }

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker kafka;
    @Autowired
    MeterRegistry meters;

    private WebTestClient http;

    @BeforeEach
    void connect() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
        if (topics == null) {
            topics = new RecordedTopics(kafka.getBrokersAsString(),
                    Topics.PROVIDER_EVENTS, Topics.PROVIDER_RAW_CALLBACKS, Topics.INBOUND_REPLIES);
        }
    }

    @AfterAll
    static void disconnect() {
        if (topics != null) {
            topics.close();
            topics = null;
        }
    }

    @Test
    void aSignedTwilioMessageCallbackIsAnsweredOnceItsEventAndRawRecordAreInKafka() {
        String sid = "SM" + unique();
        String path = "/webhooks/twilio/messages?ref=msg-42";
        String form = "AccountSid=AC1&ApiVersion=2010-04-01&From=%2B15017122661&MessageSid=" + sid
                + "&MessageStatus=delivered&SmsSid=" + sid + "&SmsStatus=delivered&To=%2B15558675310";

        postTwilio(path, form, SIGN.twilio(path, form)).expectStatus().isNoContent();

        ConsumerRecord<String, SpecificRecord> record = awaitEvent(sid);
        ProviderEventReceived event = (ProviderEventReceived) record.value();
        assertThat(record.key()).isEqualTo(sid);
        assertThat(event.getProvider()).isEqualTo("twilio");
        assertThat(event.getType()).isEqualTo(ProviderEventType.DELIVERED);
        assertThat(event.getChannel()).isEqualTo(Channel.SMS);
        assertThat(event.getReference()).isEqualTo("msg-42");
        assertThat(event.getTo()).isEqualTo("+15558675310");
        assertThat(new String(record.headers().lastHeader(Topics.RECORD_TYPE_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo(ProviderEventReceived.getClassSchema().getFullName());
        assertThat(record.headers().lastHeader(Topics.TRACEPARENT_HEADER)).isNotNull();

        RawCallbackReceived raw = awaitRaw(form);
        assertThat(raw.getPath()).isEqualTo(path);
        assertThat(raw.getHeaders()).containsEntry("X-Twilio-Signature", "[redacted]");
    }

    @Test
    void aSignedTwilioCallStatusCallbackBecomesACallEvent() {
        String sid = "CA" + unique();
        String path = "/webhooks/twilio/calls?ref=attempt-3";
        String form = "CallSid=" + sid + "&CallStatus=completed&AnsweredBy=machine_end_beep&CallDuration=17"
                + "&SequenceNumber=4&Timestamp=Tue%2C+20+Aug+2019+21%3A54%3A08+%2B0000&From=%2B1&To=%2B2";

        postTwilio(path, form, SIGN.twilio(path, form)).expectStatus().isNoContent();

        ProviderEventReceived event = (ProviderEventReceived) awaitEvent(sid).value();
        assertThat(event.getType()).isEqualTo(ProviderEventType.CALL_COMPLETED);
        assertThat(event.getAnsweredBy()).isEqualTo("machine");
        assertThat(event.getDurationSeconds()).isEqualTo(17);
        assertThat(event.getSequence()).isEqualTo(4L);
        assertThat(event.getProviderTimestamp()).isEqualTo(Instant.parse("2019-08-20T21:54:08Z"));
    }

    @Test
    void anInboundSmsBecomesAReplyOnTheInboundTopic() {
        String sid = "SM" + unique();
        String path = "/webhooks/twilio/inbound-sms?account=7";
        String form = "MessageSid=" + sid + "&From=%2B15558675310&To=%2B15017122661&Body=STOP&NumMedia=0";

        postTwilio(path, form, SIGN.twilio(path, form))
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>");

        ConsumerRecord<String, SpecificRecord> record = await().atMost(Duration.ofSeconds(15)).until(
                () -> topics.on(Topics.INBOUND_REPLIES).stream()
                        .filter(r -> sid.equals(((ReplyReceived) r.value()).getProviderMessageId())).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        ReplyReceived reply = (ReplyReceived) record.value();
        assertThat(record.key()).isEqualTo("7:+15558675310");
        assertThat(reply.getAccountId()).isEqualTo(7L);
        assertThat(reply.getBody()).isEqualTo("STOP");
        assertThat(reply.getChannel()).isEqualTo(Channel.SMS);
    }

    @Test
    void aSignedSendGridBatchBecomesOneEventPerItem() {
        String first = unique();
        String second = unique();
        String body = "[{\"email\":\"a@example.com\",\"timestamp\":1700000000,\"event\":\"delivered\","
                + "\"sg_event_id\":\"" + first + "\",\"sg_message_id\":\"X-" + first + ".filter0001\",\"reference\":\"msg-1\"},"
                + "{\"email\":\"a@example.com\",\"timestamp\":1700000001,\"event\":\"open\",\"sg_machine_open\":true,"
                + "\"sg_event_id\":\"" + second + "\",\"sg_message_id\":\"X-" + first + ".filter0001\",\"reference\":\"msg-1\"}]";
        String timestamp = String.valueOf(Instant.now().getEpochSecond());

        postSendGrid(body, timestamp, SIGN.sendGrid(timestamp, body)).expectStatus().isNoContent();

        List<ProviderEventReceived> events = await().atMost(Duration.ofSeconds(15)).until(
                () -> eventsFor("X-" + first), found -> found.size() == 2);
        assertThat(events).extracting(ProviderEventReceived::getType)
                .containsExactly(ProviderEventType.DELIVERED, ProviderEventType.OPENED);
        assertThat(events).extracting(ProviderEventReceived::getProviderEventId).containsExactly(first, second);
        assertThat(events.get(1).getMachineOpen()).isTrue();
        assertThat(events.get(0).getReference()).isEqualTo("msg-1");
        assertThat(events.get(0).getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(awaitRaw(body).getProvider()).isEqualTo("sendgrid");
    }

    @Test
    void aSendGridBatchOfSeveralMegabytesIsArchivedWholeAndFullyNormalized() {
        String messageId = "X-" + unique();
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 10000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"email\":\"a@example.com\",\"timestamp\":1700000000,")
                    .append("\"event\":\"open\",\"sg_event_id\":\"").append(messageId).append('-').append(i)
                    .append("\",\"sg_message_id\":\"").append(messageId).append(".filter0001\",")
                    .append("\"useragent\":\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36\"}");
        }
        String batch = body.append(']').toString();
        assertThat(batch.length()).isGreaterThan(2 * 1024 * 1024);
        String timestamp = String.valueOf(Instant.now().getEpochSecond());

        postSendGrid(batch, timestamp, SIGN.sendGrid(timestamp, batch)).expectStatus().isNoContent();

        await().atMost(Duration.ofSeconds(30)).until(() -> eventsFor(messageId), found -> found.size() == 10000);
        assertThat(awaitRaw(batch).getBody().remaining()).isEqualTo(batch.length());
    }

    @Test
    void aCallbackSentFiveTimesYieldsOneEventAndFourCountedDuplicates() {
        String sid = "SM" + unique();
        String path = "/webhooks/twilio/messages?ref=msg-7";
        String form = "MessageSid=" + sid + "&MessageStatus=sent&To=%2B15558675310";
        double before = meters.counter("webhook.duplicates", "provider", "twilio").count();

        for (int i = 0; i < 5; i++) {
            postTwilio(path, form, SIGN.twilio(path, form)).expectStatus().isNoContent();
        }

        // Every receipt is archived (each 2xx came after its records were acknowledged, so all are there now)...
        await().atMost(Duration.ofSeconds(15)).until(() -> topics.on(Topics.PROVIDER_RAW_CALLBACKS).stream()
                .filter(r -> form.equals(new String(((RawCallbackReceived) r.value()).getBody().array(),
                        StandardCharsets.UTF_8))).count() == 5);
        // ...but the normalized event only once.
        assertThat(eventsFor(sid)).hasSize(1);
        assertThat(meters.counter("webhook.duplicates", "provider", "twilio").count()).isEqualTo(before + 4);
    }

    @Test
    void aForgedTwilioCallbackIsRefusedAndPublishesNothing() {
        String forgedSid = "SM" + unique();
        String path = "/webhooks/twilio/messages?ref=msg-1";
        String form = "MessageSid=" + forgedSid + "&MessageStatus=delivered";
        double before = refusals("twilio", "invalid_signature");

        postTwilio(path, form, SIGN.twilio(path, form.replace("delivered", "failed")))
                .expectStatus().isForbidden()
                .expectBody()
                .jsonPath("$.error").isEqualTo("invalid_signature")
                .jsonPath("$.message").isNotEmpty();
        postTwilio(path, form, null).expectStatus().isForbidden()
                .expectBody().jsonPath("$.error").isEqualTo("missing_signature");

        // A later valid callback on the same single partition proves the forged one was never written before it.
        String markerSid = "SM" + unique();
        String marker = "MessageSid=" + markerSid + "&MessageStatus=sent";
        postTwilio(path, marker, SIGN.twilio(path, marker)).expectStatus().isNoContent();
        awaitEvent(markerSid);
        awaitRaw(marker);
        assertThat(eventsFor(forgedSid)).isEmpty();
        assertThat(topics.on(Topics.PROVIDER_RAW_CALLBACKS))
                .noneMatch(r -> new String(((RawCallbackReceived) r.value()).getBody().array(),
                        StandardCharsets.UTF_8).contains(forgedSid));
        assertThat(refusals("twilio", "invalid_signature")).isEqualTo(before + 1);
    }

    @Test
    void aSendGridBatchWithAWrongSignatureOrAnOldTimestampIsRefused() {
        String body = "[{\"event\":\"delivered\",\"sg_event_id\":\"" + unique() + "\",\"sg_message_id\":\"m\"}]";
        String now = String.valueOf(Instant.now().getEpochSecond());
        String old = String.valueOf(Instant.now().minus(Duration.ofMinutes(30)).getEpochSecond());

        postSendGrid(body, now, SIGN.sendGrid(now, body.replace("delivered", "bounce")))
                .expectStatus().isForbidden().expectBody().jsonPath("$.error").isEqualTo("invalid_signature");
        postSendGrid(body, old, SIGN.sendGrid(old, body))
                .expectStatus().isForbidden().expectBody().jsonPath("$.error").isEqualTo("stale_timestamp");
    }

    @Test
    void malformedOversizedAndMistypedBodiesAreRefusedWithTheirOwnStatus() {
        String path = "/webhooks/twilio/messages";
        String noSid = "MessageStatus=sent";
        postTwilio(path, noSid, SIGN.twilio(path, noSid))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.error").isEqualTo("malformed_body");

        String huge = "MessageSid=SM1&MessageStatus=sent&Body=" + "x".repeat(300 * 1024);
        postTwilio(path, huge, SIGN.twilio(path, huge))
                .expectStatus().isEqualTo(413).expectBody().jsonPath("$.error").isEqualTo("payload_too_large");

        http.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(415).expectBody().jsonPath("$.error").isEqualTo("unsupported_media_type");

        String now = String.valueOf(Instant.now().getEpochSecond());
        postSendGrid("{\"event\":1}", now, SIGN.sendGrid(now, "{\"event\":1}"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.error").isEqualTo("malformed_body");
    }

    @Test
    void refusalsAreExposedToPrometheusWithProviderAndReason() {
        postTwilio("/webhooks/twilio/calls", "CallSid=CA1&CallStatus=busy", null).expectStatus().isForbidden();

        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics)
                        .contains("webhook_refused_total{provider=\"twilio\",reason=\"missing_signature\"}"));
    }

    @Test
    void anUnknownWebhookPathAnswersInTheWebhookErrorShape() {
        http.post().uri("/webhooks/nowhere").contentType(MediaType.APPLICATION_JSON).bodyValue("[]").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.error").isEqualTo("not_found").jsonPath("$.message").isNotEmpty();
    }

    private WebTestClient.ResponseSpec postTwilio(String pathAndQuery, String form, String signature) {
        WebTestClient.RequestBodySpec request = http.post().uri(pathAndQuery)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return request.bodyValue(form).exchange();
    }

    private WebTestClient.ResponseSpec postSendGrid(String body, String timestamp, String signature) {
        return http.post().uri("/webhooks/sendgrid/events").contentType(MediaType.APPLICATION_JSON)
                .header("X-Twilio-Email-Event-Webhook-Timestamp", timestamp)
                .header("X-Twilio-Email-Event-Webhook-Signature", signature)
                .bodyValue(body).exchange();
    }

    private ConsumerRecord<String, SpecificRecord> awaitEvent(String providerMessageId) {
        return await().atMost(Duration.ofSeconds(15)).until(
                () -> topics.on(Topics.PROVIDER_EVENTS).stream()
                        .filter(r -> providerMessageId.equals(r.key())).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    private List<ProviderEventReceived> eventsFor(String providerMessageId) {
        return topics.on(Topics.PROVIDER_EVENTS).stream()
                .filter(r -> providerMessageId.equals(r.key()))
                .map(r -> (ProviderEventReceived) r.value()).toList();
    }

    private RawCallbackReceived awaitRaw(String body) {
        return await().atMost(Duration.ofSeconds(15)).until(
                () -> topics.on(Topics.PROVIDER_RAW_CALLBACKS).stream()
                        .map(r -> (RawCallbackReceived) r.value())
                        .filter(raw -> body.equals(new String(raw.getBody().array(), StandardCharsets.UTF_8)))
                        .findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    private double refusals(String provider, String reason) {
        return meters.counter("webhook.refused", "provider", provider, "reason", reason).count();
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
