package com.voxhub.dialer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voxhub.dialer.call.application.AttemptReconciler;
import com.voxhub.dialer.call.application.InFlightAttempts;
import com.voxhub.dialer.provider.twilio.FakeTwilio;
import com.voxhub.events.Topics;
import com.voxhub.events.campaign.CallingWindow;
import com.voxhub.events.campaign.CampaignChanged;
import com.voxhub.events.campaign.CampaignStatus;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.common.Channel;
import com.voxhub.events.dialer.CallAttemptStarted;
import com.voxhub.events.dialer.JobDialingFinished;
import com.voxhub.events.messaging.ConsentChanged;
import com.voxhub.events.messaging.ConsentStatus;
import com.voxhub.events.provider.ProviderEventReceived;
import com.voxhub.events.provider.ProviderEventType;
import com.voxhub.platform.auth.ApiKeys;
import com.voxhub.platform.test.TestKafka;
import com.voxhub.platform.test.TestPostgres;
import com.voxhub.platform.test.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 4's "done when" on embedded Kafka and PostgreSQL with a fake Twilio: retries to max_attempts, machine
 * answers, calling windows, consent and the do-not-call list, pausing, pacing, and a crash between intent and answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DialerComplianceIT {

    private static final FakeTwilio TWILIO = FakeTwilio.start();
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000 + 500);
    private static final int CALLS_PER_SECOND = 3;
    private static final long ACCOUNT = 7;
    private static final String API_KEY = "vh_test_dialer-compliance-it-key-0000000";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestKafka.register(registry);
        TestPostgres.register(registry, TestPostgres.freshDatabase("dialer"));
        registry.add("voxhub.twilio.base-url", TWILIO::baseUrl);
        registry.add("voxhub.twilio.response-timeout", () -> "700ms");
        registry.add("voxhub.twilio.resilience.max-attempts", () -> "1");
        registry.add("voxhub.dialer.scheduler.poll-interval", () -> "50ms");
        registry.add("voxhub.dialer.pacing.calls-per-second", () -> Integer.toString(CALLS_PER_SECOND));
        registry.add("voxhub.outbox.poll-interval", () -> "100ms");
    }

    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AttemptReconciler reconciler;
    @Autowired
    InFlightAttempts inFlight;
    @Value("${local.server.port}")
    int port;

    private TopicReader callEvents;

    @BeforeEach
    void setUp() {
        callEvents = TopicReader.fromBeginning(TestKafka.shared().getBrokersAsString(), Topics.DIALER_CALL_EVENTS);
        jdbc.sql("insert into api_key (key_hash, account_id, account_login) values (?, ?, 'it') on conflict do nothing")
                .params(ApiKeys.hash(API_KEY), ACCOUNT).update();
    }

    @AfterEach
    void closeReader() {
        callEvents.close();
    }

    @AfterAll
    static void stopTwilio() {
        TWILIO.close();
    }

    @Test
    void aBusyNumberIsCalledExactlyMaxAttemptsTimesThenFailsUnreachable() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3361" + jobId;
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, 1).setMaxAttempts(3)
                .setRetryDelaysMinutes(List.of(0)).build());
        publish(Topics.CAMPAIGN_JOBS, jobId, job(jobId, campaignId, Channel.VOICE, List.of(number)));

        for (int attempt = 1; attempt <= 3; attempt++) {
            CallAttemptStarted started = (CallAttemptStarted) awaitEvents(jobId, CallAttemptStarted.class, attempt)
                    .get(attempt - 1);
            assertThat(started.getAttemptNumber()).isEqualTo(attempt);
            callback(started, ProviderEventType.CALL_BUSY, null);
        }

        JobDialingFinished finished = (JobDialingFinished) awaitEvents(jobId, JobDialingFinished.class, 1).get(0);
        assertThat(finished.getJobState()).isEqualTo(3);
        assertThat(finished.getContactStatus()).isEqualTo("Unreachable");
        assertThat(finished.getOutcome()).isEqualTo("BUSY");
        assertThat(finished.getAttempts()).isEqualTo(3);
        assertThat(TWILIO.callRequestsTo(number)).hasSize(3);

        WebTestClient.ResponseSpec attempts = api().get().uri("/dialer/v1/jobs/{id}/attempts", jobId)
                .header("X-API-Key", API_KEY).exchange();
        attempts.expectStatus().isOk().expectBody()
                .jsonPath("$.phase").isEqualTo("FINISHED")
                .jsonPath("$.contact_status").isEqualTo("Unreachable")
                .jsonPath("$.attempts.length()").isEqualTo(3)
                .jsonPath("$.attempts[2].status").isEqualTo("BUSY");
    }

    @Test
    void aMachineAnswerWithoutAMessageCountsAsNoAnswerAndWithOneLeavesIt() throws Exception {
        long silent = IDS.incrementAndGet();
        long speaking = IDS.incrementAndGet();
        long silentJob = IDS.incrementAndGet();
        long speakingJob = IDS.incrementAndGet();
        publish(Topics.CAMPAIGN_CAMPAIGNS, silent, campaign(silent, 1).setMaxAttempts(2).build());
        publish(Topics.CAMPAIGN_CAMPAIGNS, speaking, campaign(speaking, 1).setMaxAttempts(2)
                .setVmsText("Please call us back.").build());
        publish(Topics.CAMPAIGN_JOBS, silentJob, job(silentJob, silent, Channel.VOICE,
                List.of("+3362" + silentJob, "+3363" + silentJob)));
        publish(Topics.CAMPAIGN_JOBS, speakingJob, job(speakingJob, speaking, Channel.VOICE,
                List.of("+3364" + speakingJob)));

        callback((CallAttemptStarted) awaitEvents(speakingJob, CallAttemptStarted.class, 1).get(0),
                ProviderEventType.CALL_COMPLETED, "machine");
        JobDialingFinished left = (JobDialingFinished) awaitEvents(speakingJob, JobDialingFinished.class, 1).get(0);
        assertThat(left.getJobState()).isEqualTo(2);
        assertThat(left.getOutcome()).isEqualTo("ANSWERED_MACHINE");
        assertThat(TWILIO.callRequestsTo("+3364" + speakingJob).get(0).first("MachineDetection"))
                .isEqualTo("DetectMessageEnd");

        callback((CallAttemptStarted) awaitEvents(silentJob, CallAttemptStarted.class, 1).get(0),
                ProviderEventType.CALL_COMPLETED, "machine");
        CallAttemptStarted second = (CallAttemptStarted) awaitEvents(silentJob, CallAttemptStarted.class, 2).get(1);
        assertThat(TWILIO.callRequestsTo("+3363" + silentJob)).hasSize(1); // the job's next number
        callback(second, ProviderEventType.CALL_COMPLETED, "machine");
        JobDialingFinished hungUp = (JobDialingFinished) awaitEvents(silentJob, JobDialingFinished.class, 1).get(0);
        assertThat(hungUp.getJobState()).isEqualTo(3);
        assertThat(hungUp.getContactStatus()).isEqualTo("Voicemail Hangup");
    }

    @Test
    void nothingIsDialedOutsideTheWindowAndTheJobResumesWhenTheWindowIncludesNow() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+1800555" + String.format("%04d", jobId % 10_000); // spans zones: the campaign's applies
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        LocalTime now = LocalTime.now(ZoneOffset.UTC);
        LocalTime opens = now.plusHours(2).withSecond(0).withNano(0);
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, 1).setTimezone("UTC")
                .setCallingWindow(new CallingWindow(opens.format(hhmm), opens.plusHours(1).format(hhmm), List.of()))
                .build());
        publish(Topics.CAMPAIGN_JOBS, jobId, job(jobId, campaignId, Channel.VOICE, List.of(number)));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select window_wait from dial_job where job_id = ?").param(jobId).query(Boolean.class).optional()
                .orElse(false));
        Instant waitsUntil = jdbc.sql("select next_attempt_at from dial_job where job_id = ?").param(jobId)
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(waitsUntil.atZone(ZoneOffset.UTC).toLocalTime()).isEqualTo(opens);
        assertThat(waitsUntil).isAfter(Instant.now().plus(Duration.ofMinutes(110)));
        api().get().uri("/dialer/v1/campaigns/{id}/pacing", campaignId).header("X-API-Key", API_KEY).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.waiting_for_window").isEqualTo(1)
                .jsonPath("$.in_flight").isEqualTo(0)
                .jsonPath("$.calls_per_second").isEqualTo(CALLS_PER_SECOND)
                .jsonPath("$.next_attempt_times[0]").isEqualTo(waitsUntil.toString());
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> TWILIO.callRequestsTo(number).isEmpty());

        LocalTime nowAgain = LocalTime.now(ZoneOffset.UTC);
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, 2).setTimezone("UTC")
                .setCallingWindow(new CallingWindow(nowAgain.minusMinutes(30).format(hhmm),
                        nowAgain.plusMinutes(30).format(hhmm), List.of()))
                .build());

        await().atMost(Duration.ofSeconds(20)).until(() -> TWILIO.callRequestsTo(number).size() == 1);
    }

    @Test
    void anOptedOutNumberIsNeverDialedAndTheJobEndsDoNotCall() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+336" + (10_000_000 + jobId % 10_000_000);
        publish(Topics.MESSAGING_CONSENT, ACCOUNT + ":VOICE:" + number, ConsentChanged.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now()).setAccountId(ACCOUNT)
                .setChannel(Channel.VOICE).setAddress(number).setStatus(ConsentStatus.OPTED_OUT)
                .setSource("SMS_KEYWORD").setReason("STOP").build());
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from consent where address = ? and status = 'OPTED_OUT'").param(number)
                .query(Long.class).single() == 1);
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, 1).build());
        publish(Topics.CAMPAIGN_JOBS, jobId, job(jobId, campaignId, Channel.VOICE, List.of(number)));

        JobDialingFinished finished = (JobDialingFinished) awaitEvents(jobId, JobDialingFinished.class, 1).get(0);
        assertThat(finished.getContactStatus()).isEqualTo("Do Not Call");
        assertThat(finished.getOutcome()).isEqualTo("DO_NOT_CALL");
        assertThat(finished.getAttempts()).isZero();
        assertThat(TWILIO.callRequestsTo(number)).isEmpty();
        api().get().uri("/dialer/v1/dnc/{n}", number).header("X-API-Key", API_KEY).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.do_not_call").isEqualTo(false)
                .jsonPath("$.callable").isEqualTo(false);
    }

    @Test
    void aNumberOnTheAccountsDoNotCallListIsNeverDialedUntilRemoved() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        long laterJob = IDS.incrementAndGet();
        String number = "+337" + (10_000_000 + jobId % 10_000_000);
        api().post().uri("/dialer/v1/dnc").header("X-API-Key", API_KEY).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("number", number)).exchange()
                .expectStatus().isCreated().expectBody()
                .jsonPath("$.number").isEqualTo(number).jsonPath("$.do_not_call").isEqualTo(true);
        api().post().uri("/dialer/v1/dnc").header("X-API-Key", API_KEY).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("number", "not a number")).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.error.code").isEqualTo("invalid_number")
                .jsonPath("$.error.message").isNotEmpty();
        api().get().uri("/dialer/v1/dnc").exchange().expectStatus().isUnauthorized().expectBody()
                .jsonPath("$.error.code").isEqualTo("missing_api_key");
        api().get().uri("/dialer/v1/dnc").header("X-API-Key", API_KEY).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.numbers[?(@.number == '" + number + "')]").exists();

        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, 1).build());
        publish(Topics.CAMPAIGN_JOBS, jobId, job(jobId, campaignId, Channel.VMS, List.of(number)));
        JobDialingFinished finished = (JobDialingFinished) awaitEvents(jobId, JobDialingFinished.class, 1).get(0);
        assertThat(finished.getContactStatus()).isEqualTo("Do Not Call");
        assertThat(TWILIO.callRequestsTo(number)).isEmpty();

        api().delete().uri("/dialer/v1/dnc/{n}", number).header("X-API-Key", API_KEY).exchange()
                .expectStatus().isNoContent();
        api().delete().uri("/dialer/v1/dnc/{n}", number).header("X-API-Key", API_KEY).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.error.code").isEqualTo("number_not_listed");
        publish(Topics.CAMPAIGN_JOBS, laterJob, job(laterJob, campaignId, Channel.VMS, List.of(number)));
        await().atMost(Duration.ofSeconds(20)).until(() -> TWILIO.callRequestsTo(number).size() == 1);
    }

    @Test
    void pacingHoldsTheCallsPerSecondAndPausingStopsDialingWithinASecond() throws Exception {
        long campaignId = IDS.incrementAndGet();
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, 1).build());
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long jobId = IDS.incrementAndGet();
            String number = "+3365" + jobId;
            numbers.add(number);
            publish(Topics.CAMPAIGN_JOBS, jobId, job(jobId, campaignId, Channel.VOICE, List.of(number)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> requestsTo(numbers).size() >= 2 * CALLS_PER_SECOND);

        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, 2).setStatus(CampaignStatus.PAUSED).build());
        await().atMost(Duration.ofSeconds(10)).until(() -> "PAUSED".equals(jdbc.sql(
                "select status from campaign where campaign_id = ?").param(campaignId).query(String.class).single()));
        Instant pausedSeen = Instant.now();

        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
        List<FakeTwilio.Request> sent = requestsTo(numbers);
        assertThat(sent).allSatisfy(r -> assertThat(r.receivedAt()).isBefore(pausedSeen.plusSeconds(1)));
        assertThat(sent.size()).isLessThan(numbers.size());
        // Pacing: no one-second window holds more than the campaign's calls per second (the dialer counts when a
        // request leaves; 100 ms are left for the network between it and the provider's clock).
        for (FakeTwilio.Request first : sent) {
            long inWindow = sent.stream().filter(r -> !r.receivedAt().isBefore(first.receivedAt())
                    && r.receivedAt().isBefore(first.receivedAt().plusMillis(900))).count();
            assertThat(inWindow).isLessThanOrEqualTo(CALLS_PER_SECOND);
        }
        // Nothing claimed before the pause was left dialing without a request.
        assertThat(jdbc.sql("""
                select count(*) from call_attempt a join dial_job j on j.job_id = a.job_id
                 where j.campaign_id = ? and a.status = 'REQUESTING'""").param(campaignId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCrashBetweenIntentAndAnswerDialsNoJobTwice() throws Exception {
        long campaignId = IDS.incrementAndGet();
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, 1).build());
        List<String> numbers = new ArrayList<>();
        List<Long> jobs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long jobId = IDS.incrementAndGet();
            String number = "+3366" + jobId;
            // The provider takes the call but its answer never arrives (the process died waiting for it).
            TWILIO.respondTo(number, new FakeTwilio.Response(201, "{}", Map.of(), Duration.ofSeconds(2)));
            numbers.add(number);
            jobs.add(jobId);
            publish(Topics.CAMPAIGN_JOBS, jobId, job(jobId, campaignId, Channel.VOICE, List.of(number)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> requestsTo(numbers).size() == numbers.size());
        for (String number : numbers) {
            TWILIO.knowCall("CAcrash" + number.substring(1), number, "in-progress", Instant.now());
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select count(*) from call_attempt a join dial_job j on j.job_id = a.job_id
                 where j.campaign_id = ? and a.status = 'REQUESTING'""").param(campaignId)
                .query(Long.class).single() == numbers.size());
        // The requests time out (no answer): the attempts are no longer in flight, their outcome is unknown.
        await().atMost(Duration.ofSeconds(20)).until(() -> inFlight.size() == 0);

        reconciler.reconcile(Instant.now().plusSeconds(120));

        for (int i = 0; i < jobs.size(); i++) {
            CallAttemptStarted started = (CallAttemptStarted) awaitEvents(jobs.get(i), CallAttemptStarted.class, 1)
                    .get(0);
            assertThat(started.getProviderCallId()).isEqualTo("CAcrash" + numbers.get(i).substring(1));
        }
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> true);
        for (String number : numbers) {
            assertThat(TWILIO.callRequestsTo(number)).hasSize(1);
        }
    }

    // --- helpers ---

    private List<FakeTwilio.Request> requestsTo(List<String> numbers) {
        return TWILIO.callRequests().stream().filter(r -> numbers.contains(r.first("To"))).toList();
    }

    private WebTestClient api() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private List<SpecificRecord> awaitEvents(long jobId, Class<? extends SpecificRecord> type, int count) {
        return callEvents.await(r -> Long.toString(jobId).equals(r.key()) && type.isInstance(TopicReader.decode(r)),
                        count, Duration.ofSeconds(30))
                .stream().map(TopicReader::decode).toList();
    }

    private void callback(CallAttemptStarted started, ProviderEventType type, String answeredBy) throws Exception {
        String sid = started.getProviderCallId();
        publish(Topics.PROVIDER_EVENTS, sid, ProviderEventReceived.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setProvider("twilio").setProviderEventId(sid + ":" + type).setProviderMessageId(sid)
                .setChannel(Channel.VOICE).setType(type).setReference(started.getAttemptId())
                .setAnsweredBy(answeredBy)
                .build());
    }

    private void publish(String topic, Object key, SpecificRecord value) throws Exception {
        kafka.send(topic, key.toString(), value).get();
    }

    private static CampaignChanged.Builder campaign(long campaignId, long version) {
        return CampaignChanged.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setCampaignId(campaignId).setAccountId(ACCOUNT).setVersion(version).setName("campaign " + campaignId)
                .setChannel(Channel.VOICE).setStatus(CampaignStatus.ACTIVE).setMaxAttempts(3)
                .setRetryDelaysMinutes(List.of(0));
    }

    private static JobQueued job(long jobId, long campaignId, Channel channel, List<String> numbers) {
        return JobQueued.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setJobId(jobId).setCampaignId(campaignId).setAccountId(ACCOUNT).setChannel(channel)
                .setNumbers(numbers).setData(Map.of()).setAddressLines(List.of())
                .build();
    }
}
