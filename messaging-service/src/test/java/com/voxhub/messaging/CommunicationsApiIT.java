package com.voxhub.messaging;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.voxhub.events.Topics;
import com.voxhub.events.accounts.ApiKeyIssued;
import com.voxhub.events.accounts.ApiKeyMode;
import com.voxhub.events.campaign.CampaignChanged;
import com.voxhub.events.campaign.CampaignStatus;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.common.Channel;
import com.voxhub.events.messaging.ConsentChanged;
import com.voxhub.events.messaging.ConsentStatus;
import com.voxhub.events.provider.ProviderEventReceived;
import com.voxhub.events.provider.ProviderEventType;
import com.voxhub.messaging.provider.twilio.FakeTwilio;
import com.voxhub.platform.auth.ApiKeyDirectory;
import com.voxhub.platform.auth.ApiKeys;
import com.voxhub.platform.test.TestKafka;
import com.voxhub.platform.test.TestPostgres;
import com.voxhub.platform.test.TopicReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;

/**
 * The seed-001 surface over HTTP, with the bodies and parameters the seed documents, on embedded Kafka and PostgreSQL
 * with a fake Twilio and GreenMail: what a caller sees (status and body), the consent records on messaging.consent,
 * the provider requests and the rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommunicationsApiIT {

    private static final FakeTwilio TWILIO = startTwilio();
    private static final GreenMail SMTP = startSmtp();
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final long ACCOUNT = 7L;
    private static final String RECRUITER = "recruiter-42";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestKafka.register(registry);
        TestPostgres.register(registry, TestPostgres.freshDatabase("messaging_api"));
        registry.add("voxhub.twilio.base-url", TWILIO::baseUrl);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("voxhub.messaging.dispatch.poll-interval", () -> "100ms");
        registry.add("voxhub.outbox.poll-interval", () -> "100ms");
    }

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiKeyDirectory directory;

    private WebTestClient http;
    private String key;

    @BeforeEach
    void keyIssuedOnTheTopic() throws Exception {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
        key = ApiKeys.newKey(true);
        String hash = ApiKeys.hash(key);
        kafka.send(Topics.ACCOUNTS_API_KEYS, hash, ApiKeyIssued.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now()).setKeyHash(hash)
                .setKeyPrefix(key.substring(0, 12)).setAccountId(ACCOUNT).setAccountLogin("acme")
                .setMode(ApiKeyMode.LIVE).setLabel(null).build()).get();
        await().atMost(WAIT).until(() -> directory.authenticate(key).isPresent());
    }

    @AfterAll
    static void stopProviders() {
        TWILIO.close();
        SMTP.stop();
    }

    @Test
    void smsSendIsQueuedSentOnceAndShowsInHistoryAndActivityInOrder() throws Exception {
        String number = "+1415" + IDS.incrementAndGet() % 10_000_000;

        post("/communications/sms/v1/send",
                Map.of("message", "Hi Ada, are you free for a call tomorrow?", "phoneNumber", number))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("success")
                .jsonPath("$.data.message").isEqualTo("SMS accepted for delivery")
                .jsonPath("$.data.messageSID").value(startsWith("msg_"));
        String messageSid = lastId("SMS", number);

        await().atMost(WAIT).until(() -> !TWILIO.postsTo(number).isEmpty());
        assertThat(TWILIO.postsTo(number).get(0).params())
                .containsEntry("Body", "Hi Ada, are you free for a call tomorrow?");
        await().atMost(WAIT).until(() -> "ACCEPTED".equals(statusOf(messageSid)));
        callback(Channel.SMS, messageSid, ProviderEventType.DELIVERED, null);
        callback(Channel.SMS, messageSid, ProviderEventType.SENT, null); // late: recorded, never applied
        await().atMost(WAIT).until(() -> historyOf(messageSid) == 3);

        get("/communications/sms/v1/activity?activityId=" + messageSid + "&phoneNumber=" + enc(number))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("success")
                .jsonPath("$.data.message").isEqualTo("Delivered")
                .jsonPath("$.data.activities[*].event").isEqualTo(List.of("accepted", "delivered", "sent"))
                .jsonPath("$.data.activities[*].applied").isEqualTo(List.of(true, true, false));
        get(historyQuery("/communications/sms/v1/history", "&phone=" + enc(number)))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo(200)
                .jsonPath("$.pagination.totalElements").isEqualTo(1)
                .jsonPath("$.pagination.first").isEqualTo(true)
                .jsonPath("$.pagination.last").isEqualTo(true)
                .jsonPath("$.pagination.hasNext").isEqualTo(false)
                .jsonPath("$.pagination.hasErrors").isEqualTo(false)
                .jsonPath("$.data[0].recipient").isEqualTo(number)
                .jsonPath("$.data[0].sender").isEqualTo("+15005550006")
                .jsonPath("$.data[0].messageBody").isEqualTo("Hi Ada, are you free for a call tomorrow?")
                .jsonPath("$.data[0].messageType").isEqualTo("outbound")
                .jsonPath("$.data[0].recruiterId").isEqualTo(RECRUITER)
                .jsonPath("$.data[0].activityId").isEqualTo(messageSid)
                .jsonPath("$.data[0].deliveryStatus").isEqualTo("DELIVERED");
        get(historyQuery("/communications/sms/v1/history", "&phone=" + enc(number) + "&recruiterId=someone-else"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.pagination.totalElements").isEqualTo(0);
        assertThat(TWILIO.postsTo(number)).hasSize(1);
    }

    @Test
    void anOptOutThroughTheApiIsPublishedAndRefusesTheNextSendWith400() throws Exception {
        String number = "+1646" + IDS.incrementAndGet() % 10_000_000;
        try (TopicReader consent = TopicReader.fromBeginning(TestKafka.shared().getBrokersAsString(),
                Topics.MESSAGING_CONSENT)) {
            put("/communications/sms/v1/optIn", Map.of("phoneNumber", number, "optIn", false))
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.status").isEqualTo("success")
                    .jsonPath("$.details.message").isEqualTo("Opted out");

            List<ConsumerRecord<String, byte[]>> changes =
                    consent.await(r -> r.key().endsWith(":" + number), 3, WAIT);
            assertThat(changes).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(
                    ACCOUNT + ":SMS:" + number, ACCOUNT + ":VOICE:" + number, ACCOUNT + ":VMS:" + number);
            assertThat(changes).map(r -> (ConsentChanged) TopicReader.decode(r))
                    .allSatisfy(c -> assertThat(c.getStatus()).isEqualTo(ConsentStatus.OPTED_OUT))
                    .allSatisfy(c -> assertThat(c.getSource()).isEqualTo("API"));
        }
        get("/communications/sms/v1/optIn?phoneNumber=" + enc(number))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("OPTED_OUT")
                .jsonPath("$.details.message").value(startsWith("Opted out by API"));

        post("/communications/sms/v1/send", Map.of("message", "Hello again", "phoneNumber", number))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.message").isEqualTo(
                        "The recipient has opted out of SMS (opted_out: api); the message was not sent");
        assertThat(countTo(number)).isZero();

        put("/communications/sms/v1/optIn", Map.of("phoneNumber", number, "optIn", true)).expectStatus().isOk();
        get("/communications/sms/v1/optIn?phoneNumber=" + enc(number))
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("OPTED_IN");
        get("/communications/sms/v1/optIn/history?phoneNumber=" + enc(number) + "&offset=0&size=1")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("success")
                .jsonPath("$.details.content[0].phoneNumber").isEqualTo(number)
                .jsonPath("$.details.content[0].actionType").isEqualTo("OPT_IN")
                .jsonPath("$.details.content[0].reason").isEqualTo("API")
                .jsonPath("$.details.content[0].createdDate").isNumber()
                .jsonPath("$.details.totalElements").isEqualTo(2)
                .jsonPath("$.details.totalPages").isEqualTo(2)
                .jsonPath("$.details.first").isEqualTo(true)
                .jsonPath("$.details.last").isEqualTo(false)
                .jsonPath("$.details.pageable.pageSize").isEqualTo(1)
                .jsonPath("$.details.numberOfElements").isEqualTo(1)
                .jsonPath("$.details.empty").isEqualTo(false);
    }

    @Test
    void anEmailSendArrivesOverSmtpAndItsActivityListsOpensAndClicksInOrder() throws Exception {
        String address = "ada." + IDS.incrementAndGet() + "@example.test";

        post("/communications/email/v1/send", Map.of("subject", "Your interview", "emailContent",
                "<p>See you <b>tomorrow</b></p>", "toEmail", address))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo(200)
                .jsonPath("$.data.emailActivityId").value(startsWith("msg_"))
                .jsonPath("$.data.message").isEqualTo("Email accepted for delivery");
        String id = lastId("EMAIL", address);
        await().atMost(WAIT).until(() -> "ACCEPTED".equals(statusOf(id)));
        assertThat(java.util.Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(m).contains(address)))
                .hasSize(1);

        callback(Channel.EMAIL, id, ProviderEventType.DELIVERED, null);
        callbackOpen(id);
        callback(Channel.EMAIL, id, ProviderEventType.CLICKED, "https://jobs.example.test/slot");
        callback(Channel.EMAIL, id, ProviderEventType.DELIVERED, null); // a duplicate report, later
        await().atMost(WAIT).until(() -> historyOf(id) == 5);

        get("/communications/email/v1/activity?emailActivityId=" + id)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo(200)
                .jsonPath("$.data[*].event").isEqualTo(List.of("processed", "delivered", "open", "click",
                        "delivered"))
                .jsonPath("$.data[2].machineOpen").isEqualTo(true)
                .jsonPath("$.data[3].response").isEqualTo("https://jobs.example.test/slot")
                .jsonPath("$.data[4].applied").isEqualTo(false)
                .jsonPath("$.data[0].email").isEqualTo(address)
                .jsonPath("$.data[0].emailActivityId").isEqualTo(id)
                .jsonPath("$.data[0].createdDate").isNumber();
        assertThat(statusOf(id)).isEqualTo("CLICKED");
        get(historyQuery("/communications/email/v1/history", ""))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data[?(@.emailActivityId == '" + id + "')].subject").isEqualTo(List.of("Your interview"))
                .jsonPath("$.data[?(@.emailActivityId == '" + id + "')].recruiterId").isEqualTo(List.of(RECRUITER));
    }

    @Test
    void smtpEmailCarriesAPixelAndTrackedLinksAndTheOneClickUnsubscribeStopsFurtherEmail() throws Exception {
        String address = "bob." + IDS.incrementAndGet() + "@example.test";
        post("/communications/email/v1/send", Map.of("subject", "Slots", "emailContent",
                "<p>Pick one <a href=\"https://jobs.example.test/slots?id=7\">here</a></p>", "toEmail", address))
                .expectStatus().isOk();
        String id = lastId("EMAIL", address);
        await().atMost(WAIT).until(() -> "ACCEPTED".equals(statusOf(id)));
        jakarta.mail.internet.MimeMessage mail = java.util.Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(m).contains(address))
                .findFirst().orElseThrow();
        String raw = htmlOf(mail);
        java.util.regex.Matcher click = java.util.regex.Pattern.compile("http://localhost:8083(/t/c/" + id
                + "\\?[^\"]+)\"").matcher(raw);
        assertThat(click.find()).as("tracked link in %s", raw).isTrue();
        assertThat(raw).contains("http://localhost:8083/t/o/" + id + ".gif");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).isEqualTo("<http://localhost:8083/unsubscribe/" + id + ">");

        http.get().uri("/t/o/" + id + ".gif").header("User-Agent", "Mozilla/5.0 (Windows NT 10.0) Thunderbird")
                .exchange().expectStatus().isOk().expectHeader().contentType(MediaType.IMAGE_GIF);
        http.get().uri(java.net.URI.create("http://localhost:" + port + click.group(1).replace("&amp;", "&")))
                .exchange().expectStatus().isFound()
                .expectHeader().location("https://jobs.example.test/slots?id=7");
        http.get().uri("/t/c/" + id + "?u=" + enc("https://evil.example.test/") + "&s=forged")
                .exchange().expectStatus().isNotFound();
        http.post().uri("/unsubscribe/" + id).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("List-Unsubscribe=One-Click").exchange().expectStatus().isOk();

        get("/communications/email/v1/activity?emailActivityId=" + id)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data[*].event").isEqualTo(List.of("processed", "open", "click", "unsubscribe"))
                .jsonPath("$.data[1].machineOpen").isEqualTo(false)
                .jsonPath("$.data[2].url").isEqualTo("https://jobs.example.test/slots?id=7");
        post("/communications/email/v1/send", Map.of("subject", "Again", "emailContent", "<p>hi</p>",
                "toEmail", address.toUpperCase()))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.message").isEqualTo(
                        "The recipient has opted out of email (opted_out: email_unsubscribe); the message was not sent");
    }

    @Test
    void aForwardedProfileIsSentAndListedInForwardProfileActivity() {
        String colleague = "hm." + IDS.incrementAndGet() + "@example.test";

        post("/communications/email/v1/forward-profile", Map.of("subject", "Candidate for the nurse role",
                "toEmail", colleague, "candidateEmail", "ada@example.test"))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo(200)
                .jsonPath("$.data.message").isEqualTo("Profile forwarded");
        String id = lastId("EMAIL", colleague);

        get("/communications/email/v1/forward-profile/activity?offset=0&limit=10&communicationId=" + id)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo(200)
                .jsonPath("$.pagination.totalElements").isEqualTo(1)
                .jsonPath("$.data[0].emailActivityId").isEqualTo(id)
                .jsonPath("$.data[0].toEmail").isEqualTo(colleague)
                .jsonPath("$.data[0].toName").isEqualTo(colleague.substring(0, colleague.indexOf('@')))
                .jsonPath("$.data[0].fromName").isEqualTo(RECRUITER)
                .jsonPath("$.data[0].fromEmail").isEqualTo("no-reply@voxhub.local")
                .jsonPath("$.data[0].subject").isEqualTo("Candidate for the nurse role")
                .jsonPath("$.data[0].source").isEqualTo("forward-profile")
                .jsonPath("$.data[0].createdDate").isNumber();
    }

    @Test
    void transactionalListsTheCandidatesCampaignMessagesWentTo() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+1212" + jobId % 10_000_000;
        kafka.send(Topics.CAMPAIGN_CAMPAIGNS, String.valueOf(campaignId), CampaignChanged.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now()).setCampaignId(campaignId)
                .setAccountId(ACCOUNT).setVersion(1).setName("nurses").setChannel(Channel.SMS)
                .setStatus(CampaignStatus.ACTIVE).setMaxAttempts(1).setRetryDelaysMinutes(List.of())
                .setSmsTemplate("Hello {{name}}").build()).get();
        kafka.send(Topics.CAMPAIGN_JOBS, String.valueOf(jobId), JobQueued.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now()).setJobId(jobId)
                .setCampaignId(campaignId).setAccountId(ACCOUNT).setChannel(Channel.SMS).setName("Ada")
                .setReference("cand-" + jobId).setNumbers(List.of(number)).setData(Map.of())
                .setAddressLines(List.of()).build()).get();
        await().atMost(WAIT).until(() -> !TWILIO.postsTo(number).isEmpty());

        get("/communications/sms/v1/transactional/sms?fromTime=" + enc(Instant.now().minus(1, ChronoUnit.HOURS)
                .toString()) + "&toTime=" + Instant.now().plus(1, ChronoUnit.HOURS).toEpochMilli() + "&pageLimit=1000")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo(200)
                .jsonPath("$.pagination.size").isEqualTo(1000)
                .jsonPath("$.data[?(@.candidatePhone == '" + number + "')].candidateId")
                .isEqualTo(List.of("cand-" + jobId));
        get("/communications/email/v1/transactional/email?fromTime=2020-01-01&toTime=2020-01-02")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data").isEmpty()
                .jsonPath("$.pagination.totalElements").isEqualTo(0);
    }

    @Test
    void refusalsUseTheSeedErrorShapeAndChangeNothing() {
        long before = jdbc.sql("SELECT count(*) FROM message").query(Long.class).single();
        http.post().uri("/communications/sms/v1/send").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("message", "hi", "phoneNumber", "+14155550100"))
                .exchange().expectStatus().isUnauthorized()
                .expectBody().json("{\"status\":401,\"message\":\"Authorization header is required\"}", true);
        http.get().uri("/communications/email/v1/history?fromTime=2020-01-01&toTime=2020-01-02&limit=1&offset=0")
                .header("Authorization", "vh_live_not-a-key").exchange().expectStatus().isUnauthorized()
                .expectBody().json("{\"status\":401,\"message\":\"Invalid API key\"}", true);
        http.post().uri("/communications/email/v1/send").header("Authorization", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", "s", "emailContent", "c", "toEmail", "a@example.test"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().json("{\"status\":400,\"message\":\"x-ph-userid header is required\"}", true);
        post("/communications/email/v1/send", Map.of("subject", "s", "emailContent", "c"))
                .expectStatus().isBadRequest()
                .expectBody().json("{\"status\":400,\"message\":\"toEmail is required\"}", true);
        post("/communications/sms/v1/send", Map.of("message", "hi", "phoneNumber", "0612"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.message")
                .isEqualTo("phoneNumber must be a phone number in E.164 format, e.g. +14155550100");
        http.post().uri("/communications/sms/v1/send").header("Authorization", key).header("x-ph-userid", RECRUITER)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"message\": ")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.status").isEqualTo(400).jsonPath("$.message").isNotEmpty();
        get("/communications/email/v1/history?toTime=2020-01-02&limit=1&offset=0")
                .expectStatus().isBadRequest()
                .expectBody().json("{\"status\":400,\"message\":\"fromTime is required\"}", true);
        get("/communications/sms/v1/history?fromTime=2020-01-01&toTime=2020-01-02&limit=0&offset=0")
                .expectStatus().isBadRequest()
                .expectBody().json("{\"status\":400,\"message\":\"limit must be between 1 and 1000\"}", true);
        get("/communications/email/v1/activity?emailActivityId=msg_unknown")
                .expectStatus().isNotFound()
                .expectBody().json("{\"status\":404,\"message\":\"No email activity msg_unknown\"}", true);
        assertThat(jdbc.sql("SELECT count(*) FROM message").query(Long.class).single()).isEqualTo(before);
    }

    private WebTestClient.ResponseSpec post(String path, Object body) {
        return http.post().uri(path).header("Authorization", key).header("x-ph-userid", RECRUITER)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec put(String path, Object body) {
        return http.put().uri(path).header("Authorization", key).header("x-ph-userid", RECRUITER)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String pathAndQuery) {
        return http.get().uri(java.net.URI.create("http://localhost:" + port + pathAndQuery))
                .header("Authorization", key).header("x-ph-userid", RECRUITER).exchange();
    }

    private static String historyQuery(String path, String extra) {
        return path + "?fromTime=" + enc(Instant.now().minus(1, ChronoUnit.HOURS).toString()) + "&toTime="
                + enc(Instant.now().plus(1, ChronoUnit.HOURS).toString()) + "&limit=10&offset=0" + extra;
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String lastId(String channel, String destination) {
        return jdbc.sql("SELECT message_id FROM message WHERE channel = ? AND destination = ? "
                        + "ORDER BY created_at DESC LIMIT 1")
                .params(channel, destination).query(String.class).single();
    }

    private long countTo(String destination) {
        return jdbc.sql("SELECT count(*) FROM message WHERE destination = ?").param(destination)
                .query(Long.class).single();
    }

    private String statusOf(String messageId) {
        return jdbc.sql("SELECT status FROM message WHERE message_id = ?").param(messageId).query(String.class)
                .single();
    }

    private long historyOf(String messageId) {
        return jdbc.sql("SELECT count(*) FROM message_event WHERE message_id = ?").param(messageId)
                .query(Long.class).single();
    }

    private void callback(Channel channel, String messageId, ProviderEventType type, String url) throws Exception {
        publishEvent(channel, messageId, type, url, false);
    }

    private void callbackOpen(String messageId) throws Exception {
        publishEvent(Channel.EMAIL, messageId, ProviderEventType.OPENED, null, true);
    }

    private void publishEvent(Channel channel, String messageId, ProviderEventType type, String url,
                              boolean machineOpen) throws Exception {
        kafka.send(Topics.PROVIDER_EVENTS, messageId, ProviderEventReceived.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setProvider(channel == Channel.SMS ? "twilio" : "sendgrid")
                .setProviderEventId(type + "-" + UUID.randomUUID()).setProviderMessageId("p-" + messageId)
                .setChannel(channel).setType(type).setReference(messageId).setUrl(url).setMachineOpen(machineOpen)
                .build()).get();
    }

    private static String htmlOf(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String html = htmlOf(multipart.getBodyPart(i));
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        return smtp;
    }

    private static FakeTwilio startTwilio() {
        try {
            return new FakeTwilio();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
