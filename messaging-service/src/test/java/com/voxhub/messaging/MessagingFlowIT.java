package com.voxhub.messaging;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.voxhub.events.Topics;
import com.voxhub.events.campaign.CampaignChanged;
import com.voxhub.events.campaign.CampaignStatus;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.common.Channel;
import com.voxhub.events.inbound.ReplyReceived;
import com.voxhub.events.messaging.ConsentChanged;
import com.voxhub.events.messaging.ConsentStatus;
import com.voxhub.events.messaging.MessageAccepted;
import com.voxhub.events.messaging.MessageStatus;
import com.voxhub.events.messaging.MessageStatusChanged;
import com.voxhub.events.provider.ProviderEventReceived;
import com.voxhub.events.provider.ProviderEventType;
import com.voxhub.messaging.message.dispatch.Reconciler;
import com.voxhub.messaging.provider.twilio.FakeTwilio;
import com.voxhub.platform.test.TestKafka;
import com.voxhub.platform.test.TestPostgres;
import com.voxhub.platform.test.TopicReader;
import jakarta.mail.internet.MimeMessage;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * messaging-service end to end on embedded KRaft Kafka and PostgreSQL with a fake Twilio: campaign and job events
 * in, SMS requests out, provider events in, message events out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MessagingFlowIT {

    private static final FakeTwilio TWILIO = startTwilio();
    private static final GreenMail SMTP = startSmtp();
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestKafka.register(registry);
        TestPostgres.register(registry, TestPostgres.freshDatabase("messaging"));
        registry.add("voxhub.twilio.base-url", TWILIO::baseUrl);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("voxhub.messaging.dispatch.poll-interval", () -> "100ms");
        registry.add("voxhub.outbox.poll-interval", () -> "100ms");
    }

    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Reconciler reconciler;

    private TopicReader messageEvents;

    @BeforeEach
    void readMessageEvents() {
        messageEvents = TopicReader.fromBeginning(TestKafka.shared().getBrokersAsString(),
                Topics.MESSAGING_MESSAGE_EVENTS);
    }

    @AfterEach
    void closeReader() {
        messageEvents.close();
    }

    @AfterAll
    static void stopTwilio() {
        TWILIO.close();
        SMTP.stop();
    }

    @Test
    void anSmsJobIsSentOnceAndDeliveredAfterTheCallbacksWhateverTheirOrder() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3361" + jobId;
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, 1, CampaignStatus.ACTIVE, "Hello {{name}}"));
        JobQueued queued = job(jobId, campaignId, number);
        publish(Topics.CAMPAIGN_JOBS, jobId, queued);
        publish(Topics.CAMPAIGN_JOBS, jobId, queued); // redelivered: same eventId

        FakeTwilio.Request sms = awaitSmsTo(number);
        assertThat(sms.params()).containsEntry("Body", "Hello Ada").containsEntry("From", "+15005550006");
        MessageAccepted accepted = (MessageAccepted) awaitEvents(jobId, MessageAccepted.class, 1).get(0);
        String messageId = accepted.getMessageId();
        assertThat(sms.params().get("StatusCallback"))
                .isEqualTo("http://localhost:8084/webhooks/twilio/messages?ref=" + messageId);
        assertThat(accepted.getCampaignId()).isEqualTo(campaignId);
        assertThat(accepted.getAccountId()).isEqualTo(3L);
        assertThat(accepted.getChannel()).isEqualTo(Channel.SMS);
        assertThat(accepted.getDestination()).isEqualTo(number);
        assertThat(accepted.getProvider()).isEqualTo("twilio");
        assertThat(accepted.getSegments()).isEqualTo(1);
        String sid = jdbc.sql("SELECT provider_message_id FROM message WHERE message_id = ?").param(messageId)
                .query(String.class).single();

        callback(sid, messageId, ProviderEventType.QUEUED);
        callback(sid, messageId, ProviderEventType.SENT);
        callback(sid, null, ProviderEventType.DELIVERED); // found by the provider's id alone
        callback(sid, messageId, ProviderEventType.SENT); // late and out of order

        await().atMost(WAIT).until(() -> historyOf(messageId) == 5); // ACCEPTED + four reports
        List<MessageStatus> statuses = awaitEvents(jobId, MessageStatusChanged.class, 3).stream()
                .map(e -> ((MessageStatusChanged) e).getStatus()).toList();
        assertThat(statuses).containsExactly(MessageStatus.QUEUED, MessageStatus.SENT, MessageStatus.DELIVERED);
        assertThat(statusOf(messageId)).isEqualTo("DELIVERED");
        assertThat(TWILIO.postsTo(number)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM message WHERE job_id = ?").param(jobId).query(Long.class).single())
                .isEqualTo(1L);
    }

    @Test
    void aJobThatArrivesBeforeItsCampaignWaitsUntilTheCampaignIsActive() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3362" + jobId;
        publish(Topics.CAMPAIGN_JOBS, jobId, job(jobId, campaignId, number));
        await().atMost(WAIT).until(() -> "PENDING".equals(statusOfJob(jobId)));

        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, 1, CampaignStatus.PAUSED, "Hi {{name}}"));
        await().atMost(WAIT).until(() -> campaignStatus(campaignId).equals("PAUSED"));
        assertThat(statusOfJob(jobId)).isEqualTo("PENDING");
        assertThat(TWILIO.postsTo(number)).isEmpty();

        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, 2, CampaignStatus.ACTIVE, "Hi {{name}}"));

        assertThat(awaitSmsTo(number).params()).containsEntry("Body", "Hi Ada");
        awaitEvents(jobId, MessageAccepted.class, 1);
    }

    @Test
    void aTemplateVariableTheJobLacksFailsTheMessageWithoutSendingIt() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3363" + jobId;
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId,
                campaign(campaignId, 1, CampaignStatus.ACTIVE, "Hello {{name}}, your slot is {{data.slot}}"));
        publish(Topics.CAMPAIGN_JOBS, jobId, job(jobId, campaignId, number));

        MessageStatusChanged failed = (MessageStatusChanged) awaitEvents(jobId, MessageStatusChanged.class, 1).get(0);
        assertThat(failed.getStatus()).isEqualTo(MessageStatus.FAILED);
        assertThat(failed.getReason()).isEqualTo("template_error: missing variable data.slot");
        assertThat(TWILIO.postsTo(number)).isEmpty();
    }

    @Test
    void anInvalidNumberRefusedByTwilioFailsTheMessageWithItsReason() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3364" + jobId;
        TWILIO.onTo(number, FakeTwilio.error(400, 21211));
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, 1, CampaignStatus.ACTIVE, "Hi {{name}}"));
        publish(Topics.CAMPAIGN_JOBS, jobId, job(jobId, campaignId, number));

        MessageStatusChanged failed = (MessageStatusChanged) awaitEvents(jobId, MessageStatusChanged.class, 1).get(0);
        assertThat(failed.getStatus()).isEqualTo(MessageStatus.FAILED);
        assertThat(failed.getReason()).isEqualTo("twilio_21211: invalid_number");
        assertThat(TWILIO.postsTo(number)).hasSize(1);
        assertThat(messageEvents.matching(r -> String.valueOf(jobId).equals(jobIdOf(r))
                && TopicReader.decode(r) instanceof MessageAccepted)).isEmpty();
    }

    @Test
    void aMessageLeftSendingByACrashIsRecordedNotResentWhenTwilioHasIt() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3365" + jobId;
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, 1, CampaignStatus.ACTIVE, "Hi {{name}}"));
        await().atMost(WAIT).until(() -> campaignStatus(campaignId).equals("ACTIVE"));
        String messageId = crashedWhileSending(jobId, campaignId, number, "Hi Ada");
        TWILIO.onTo(number, FakeTwilio.Reply.json(200, """
                {"messages": [{"sid": "SMcrash%d", "to": "%s", "from": "+15005550006", "body": "Hi Ada",
                               "date_created": "%s"}]}""".formatted(jobId, number,
                DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().atZone(ZoneOffset.UTC)))));

        reconciler.reconcile();

        MessageAccepted accepted = (MessageAccepted) awaitEvents(jobId, MessageAccepted.class, 1).get(0);
        assertThat(accepted.getMessageId()).isEqualTo(messageId);
        assertThat(TWILIO.postsTo(number)).isEmpty();
        assertThat(jdbc.sql("SELECT provider_message_id FROM message WHERE message_id = ?").param(messageId)
                .query(String.class).single()).isEqualTo("SMcrash" + jobId);
    }

    @Test
    void aMessageLeftSendingByACrashIsSentAgainUnderTheSameAttemptWhenTwilioNeverGotIt() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3366" + jobId;
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, 1, CampaignStatus.ACTIVE, "Hi {{name}}"));
        await().atMost(WAIT).until(() -> campaignStatus(campaignId).equals("ACTIVE"));
        String messageId = crashedWhileSending(jobId, campaignId, number, "Hi Ada");

        reconciler.reconcile();

        assertThat(awaitSmsTo(number).params()).containsEntry("Body", "Hi Ada")
                .containsEntry("StatusCallback", "http://localhost:8084/webhooks/twilio/messages?ref=" + messageId);
        MessageAccepted accepted = (MessageAccepted) awaitEvents(jobId, MessageAccepted.class, 1).get(0);
        assertThat(accepted.getMessageId()).isEqualTo(messageId);
        assertThat(TWILIO.postsTo(number)).hasSize(1);
    }

    @Test
    void anEmailJobIsRenderedAndDeliveredOverSmtpWithOneClickUnsubscribe() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String address = "ada." + jobId + "@example.test";
        CampaignChanged campaign = campaign(campaignId, 1, CampaignStatus.ACTIVE, null);
        campaign.setChannel(Channel.EMAIL);
        campaign.setSender("jobs@voxhub.test");
        campaign.setEmailSubject("Interview for {{label}}");
        campaign.setEmailTemplate("<p>Hello {{name}}, pick a slot: <a href=\"{{url}}\">here</a></p>");
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign);
        JobQueued job = job(jobId, campaignId, null);
        job.setChannel(Channel.EMAIL);
        job.setEmail(address);
        job.setNumbers(List.of());
        job.setLabel("Nurse & carer");
        job.setUrl("https://jobs.example.test/slots?id=1");
        publish(Topics.CAMPAIGN_JOBS, jobId, job);

        MessageAccepted accepted = (MessageAccepted) awaitEvents(jobId, MessageAccepted.class, 1).get(0);
        assertThat(accepted.getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(accepted.getProvider()).isEqualTo("smtp");
        MimeMessage mail = java.util.Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Interview for Nurse & carer");
        assertThat(mail.getHeader("List-Unsubscribe")[0])
                .isEqualTo("<http://localhost:8083/unsubscribe/" + accepted.getMessageId() + ">");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(GreenMailUtil.getWholeMessage(mail)).contains("text/plain").contains("text/html");
    }

    @Test
    void stopByTextOptsTheNumberOutOfTextsAndCallsAndItsNextCampaignMessageIsSkipped() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3362" + jobId;
        try (TopicReader consent = TopicReader.fromBeginning(TestKafka.shared().getBrokersAsString(),
                Topics.MESSAGING_CONSENT)) {
            publish(Topics.INBOUND_REPLIES, "3:" + number, reply(number, " Stop "));

            List<ConsumerRecord<String, byte[]>> changes = consent.await(r -> r.key().endsWith(":" + number), 3, WAIT);
            assertThat(changes).extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrder("3:SMS:" + number, "3:VOICE:" + number, "3:VMS:" + number);
            assertThat(changes).map(r -> (ConsentChanged) TopicReader.decode(r)).allSatisfy(changed -> {
                assertThat(changed.getStatus()).isEqualTo(ConsentStatus.OPTED_OUT);
                assertThat(changed.getSource()).isEqualTo("SMS_KEYWORD");
                assertThat(changed.getReason()).isEqualTo("STOP");
            });
        }
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, 1, CampaignStatus.ACTIVE, "Hi {{name}}"));
        publish(Topics.CAMPAIGN_JOBS, jobId, job(jobId, campaignId, number));

        MessageStatusChanged skipped = (MessageStatusChanged) awaitEvents(jobId, MessageStatusChanged.class, 1).get(0);
        assertThat(skipped.getStatus()).isEqualTo(MessageStatus.SKIPPED);
        assertThat(skipped.getReason()).isEqualTo("opted_out: sms_keyword");
        assertThat(statusOfJob(jobId)).isEqualTo("SKIPPED");
        assertThat(TWILIO.postsTo(number)).isEmpty();
    }

    @Test
    void helpByTextIsAnsweredWithTheHelpTextFromTheNumberTheContactWroteTo() throws Exception {
        String number = "+3363" + IDS.incrementAndGet();

        publish(Topics.INBOUND_REPLIES, "3:" + number, reply(number, "HELP"));

        FakeTwilio.Request answer = awaitSmsTo(number);
        assertThat(answer.params()).containsEntry("From", "+15005550777")
                .containsEntry("Body", "You receive these messages from a recruiter using voxhub. "
                        + "Reply STOP to opt out, START to opt back in.");
        assertThat(jdbc.sql("SELECT origin FROM message WHERE destination = ?").param(number).query(String.class)
                .single()).isEqualTo("help");
    }

    @Test
    void aHardBounceSuppressesTheAddressSoTheNextEmailIsSkipped() throws Exception {
        long campaignId = IDS.incrementAndGet();
        String address = "gone." + campaignId + "@example.test";
        CampaignChanged campaign = campaign(campaignId, 1, CampaignStatus.ACTIVE, null);
        campaign.setChannel(Channel.EMAIL);
        campaign.setEmailSubject("Hello");
        campaign.setEmailTemplate("<p>Hello {{name}}</p>");
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign);
        long first = IDS.incrementAndGet();
        publish(Topics.CAMPAIGN_JOBS, first, emailJob(first, campaignId, address));
        MessageAccepted accepted = (MessageAccepted) awaitEvents(first, MessageAccepted.class, 1).get(0);

        publish(Topics.PROVIDER_EVENTS, accepted.getMessageId(), ProviderEventReceived.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now()).setProvider("sendgrid")
                .setProviderEventId("bounce-" + first).setProviderMessageId("x-" + first).setChannel(Channel.EMAIL)
                .setType(ProviderEventType.BOUNCED).setBounceType("hard").setReference(accepted.getMessageId())
                .build());
        await().atMost(WAIT).until(() -> "BOUNCED".equals(statusOf(accepted.getMessageId())));
        long second = IDS.incrementAndGet();
        publish(Topics.CAMPAIGN_JOBS, second, emailJob(second, campaignId, address.toUpperCase()));

        MessageStatusChanged skipped = (MessageStatusChanged) awaitEvents(second, MessageStatusChanged.class, 1).get(0);
        assertThat(skipped.getStatus()).isEqualTo(MessageStatus.SKIPPED);
        assertThat(skipped.getReason()).isEqualTo("opted_out: hard_bounce");
    }

    private static JobQueued emailJob(long jobId, long campaignId, String address) {
        JobQueued job = job(jobId, campaignId, null);
        job.setChannel(Channel.EMAIL);
        job.setEmail(address);
        return job;
    }

    private static ReplyReceived reply(String from, String body) {
        return ReplyReceived.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now())
                .setAccountId(3L)
                .setChannel(Channel.SMS)
                .setFrom(from)
                .setTo("+15005550777")
                .setBody(body)
                .setProvider("twilio")
                .build();
    }

    private String crashedWhileSending(long jobId, long campaignId, String number, String body) {
        String messageId = "msg_crash" + jobId;
        Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofMinutes(10)));
        jdbc.sql("""
                INSERT INTO message (message_id, account_id, campaign_id, job_id, attempt, channel, destination,
                                     sender, body, segments, status, provider, send_after, sending_since,
                                     created_at, updated_at)
                VALUES (?, 3, ?, ?, 1, 'SMS', ?, '+15005550006', ?, 1, 'SENDING', 'twilio', ?, ?, ?, ?)""")
                .params(messageId, campaignId, jobId, number, body, longAgo, longAgo, longAgo, longAgo)
                .update();
        return messageId;
    }

    private FakeTwilio.Request awaitSmsTo(String number) {
        await().atMost(WAIT).until(() -> !TWILIO.postsTo(number).isEmpty());
        return TWILIO.postsTo(number).get(0);
    }

    private List<SpecificRecord> awaitEvents(long jobId, Class<? extends SpecificRecord> type, int count) {
        return messageEvents.await(r -> String.valueOf(jobId).equals(jobIdOf(r))
                        && type.isInstance(TopicReader.decode(r)), count, WAIT).stream()
                .map(TopicReader::decode).toList();
    }

    private static String jobIdOf(ConsumerRecord<String, byte[]> record) {
        SpecificRecord value = TopicReader.decode(record);
        if (value instanceof MessageAccepted accepted) {
            return String.valueOf(accepted.getJobId());
        }
        if (value instanceof MessageStatusChanged changed) {
            return String.valueOf(changed.getJobId());
        }
        return null;
    }

    private long historyOf(String messageId) {
        return jdbc.sql("SELECT count(*) FROM message_event WHERE message_id = ?").param(messageId)
                .query(Long.class).single();
    }

    private String statusOf(String messageId) {
        return jdbc.sql("SELECT status FROM message WHERE message_id = ?").param(messageId).query(String.class).single();
    }

    private String statusOfJob(long jobId) {
        return jdbc.sql("SELECT status FROM message WHERE job_id = ?").param(jobId).query(String.class)
                .optional().orElse(null);
    }

    private String campaignStatus(long campaignId) {
        return jdbc.sql("SELECT status FROM campaign WHERE campaign_id = ?").param(campaignId).query(String.class)
                .optional().orElse("");
    }

    private void callback(String sid, String reference, ProviderEventType type) throws Exception {
        publish(Topics.PROVIDER_EVENTS, sid, ProviderEventReceived.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now())
                .setProvider("twilio")
                .setProviderEventId(sid + "-" + type + "-" + UUID.randomUUID())
                .setProviderMessageId(sid)
                .setChannel(Channel.SMS)
                .setType(type)
                .setReference(reference)
                .build());
    }

    private void publish(String topic, Object key, SpecificRecord value) throws Exception {
        kafka.send(topic, String.valueOf(key), value).get();
    }

    private static CampaignChanged campaign(long campaignId, long version, CampaignStatus status, String template) {
        return CampaignChanged.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now())
                .setCampaignId(campaignId)
                .setAccountId(3L)
                .setVersion(version)
                .setName("spring hiring")
                .setChannel(Channel.SMS)
                .setStatus(status)
                .setMaxAttempts(1)
                .setRetryDelaysMinutes(List.of())
                .setSmsTemplate(template)
                .build();
    }

    private static JobQueued job(long jobId, long campaignId, String number) {
        return JobQueued.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now())
                .setJobId(jobId)
                .setCampaignId(campaignId)
                .setAccountId(3L)
                .setChannel(Channel.SMS)
                .setName("Ada")
                .setNumbers(number == null ? List.of() : List.of(number))
                .setData(Map.of())
                .setAddressLines(List.of())
                .build();
    }

    private static String recipients(MimeMessage mail) {
        try {
            return GreenMailUtil.getAddressList(mail.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
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
