package com.voxhub.dialer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voxhub.dialer.call.application.AttemptReconciler;
import com.voxhub.dialer.provider.twilio.FakeTwilio;
import com.voxhub.dialer.provider.twilio.TwilioSignature;
import com.voxhub.events.Topics;
import com.voxhub.events.campaign.CampaignChanged;
import com.voxhub.events.campaign.CampaignStatus;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.campaign.JobUnqueued;
import com.voxhub.events.common.Channel;
import com.voxhub.events.dialer.CallAttemptStarted;
import com.voxhub.events.dialer.CallStatus;
import com.voxhub.events.dialer.CallStatusChanged;
import com.voxhub.events.dialer.JobDialingFinished;
import com.voxhub.events.provider.ProviderEventReceived;
import com.voxhub.events.provider.ProviderEventType;
import com.voxhub.platform.test.TestKafka;
import com.voxhub.platform.test.TestPostgres;
import com.voxhub.platform.test.TopicReader;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The dialer end to end on embedded Kafka and PostgreSQL, with a fake Twilio: campaign and job events in, call
 * requests out, provider callbacks in, call events out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DialerFlowIT {

    private static final FakeTwilio TWILIO = FakeTwilio.start();
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000);
    private static final String AUTH_TOKEN = "it-auth-token";
    private static final String DIALER_PUBLIC_URL = "https://dialer.voxhub.test";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestKafka.register(registry);
        TestPostgres.register(registry, TestPostgres.freshDatabase("dialer"));
        registry.add("voxhub.twilio.base-url", TWILIO::baseUrl);
        registry.add("voxhub.twilio.auth-token", () -> AUTH_TOKEN);
        registry.add("voxhub.dialer.public-base-url", () -> DIALER_PUBLIC_URL);
        registry.add("voxhub.dialer.scheduler.poll-interval", () -> "100ms");
        registry.add("voxhub.outbox.poll-interval", () -> "100ms");
    }

    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AttemptReconciler reconciler;
    @Value("${local.server.port}")
    int port;

    private TopicReader callEvents;

    @BeforeEach
    void readCallEvents() {
        callEvents = TopicReader.fromBeginning(TestKafka.shared().getBrokersAsString(), Topics.DIALER_CALL_EVENTS);
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
    void aVoiceJobIsCalledOnceAndSucceedsAfterTheCallbacks() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3361" + jobId;
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, CampaignStatus.ACTIVE, 3, 1));
        JobQueued queued = job(jobId, campaignId, Channel.VOICE, List.of(number));
        publish(Topics.CAMPAIGN_JOBS, jobId, queued);
        publish(Topics.CAMPAIGN_JOBS, jobId, queued); // redelivered: same eventId

        FakeTwilio.Request call = awaitCallTo(number, 1).get(0);
        assertThat(call.first("From")).isEqualTo("+15005550006");
        assertThat(call.form().get("StatusCallbackEvent")).containsExactly("initiated", "ringing", "answered",
                "completed");
        String attemptId = call.first("StatusCallback").replace("http://localhost:8084/webhooks/twilio/calls?ref=", "");
        assertThat(UUID.fromString(attemptId)).isNotNull();
        assertThat(call.first("Url")).isEqualTo(DIALER_PUBLIC_URL + "/dialer/twiml/" + attemptId);

        CallAttemptStarted started = (CallAttemptStarted) awaitEvents(jobId, CallAttemptStarted.class, 1).get(0);
        assertThat(started.getAttemptId()).isEqualTo(attemptId);
        assertThat(started.getAttemptNumber()).isEqualTo(1);
        assertThat(started.getProvider()).isEqualTo("twilio");
        String sid = started.getProviderCallId();
        assertThat(sid).startsWith("CA");

        assertThat(fetchTwiml(attemptId, true)).contains("<Say voice=\"Polly.Joanna\" language=\"en-US\">")
                .contains("<Hangup/>");
        assertThat(fetchTwimlStatus(attemptId, false)).isEqualTo(403);

        callback(sid, attemptId, ProviderEventType.CALL_INITIATED, null, null);
        callback(sid, attemptId, ProviderEventType.CALL_RINGING, null, null);
        callback(sid, attemptId, ProviderEventType.CALL_ANSWERED, "human", null);
        callback(sid, attemptId, ProviderEventType.CALL_RINGING, null, null); // late and out of order
        callback(sid, attemptId, ProviderEventType.CALL_COMPLETED, "human", 12);

        JobDialingFinished finished = (JobDialingFinished) awaitEvents(jobId, JobDialingFinished.class, 1).get(0);
        assertThat(finished.getJobState()).isEqualTo(2);
        assertThat(finished.getContactStatus()).isEqualTo("Completed");
        assertThat(finished.getOutcome()).isEqualTo("ANSWERED_HUMAN");
        assertThat(finished.getAttempts()).isEqualTo(1);
        List<CallStatus> statuses = awaitEvents(jobId, CallStatusChanged.class, 4).stream()
                .map(e -> ((CallStatusChanged) e).getStatus()).toList();
        assertThat(statuses).containsExactly(CallStatus.INITIATED, CallStatus.RINGING, CallStatus.ANSWERED,
                CallStatus.COMPLETED);
        CallStatusChanged completed = (CallStatusChanged) awaitEvents(jobId, CallStatusChanged.class, 4).get(3);
        assertThat(completed.getDurationSeconds()).isEqualTo(12);
        assertThat(completed.getProviderCallId()).isEqualTo(sid);
        assertThat(jdbc.sql("select count(*) from call_status_report where attempt_id = ?::uuid and not applied")
                .param(attemptId).query(Long.class).single()).isEqualTo(1);
        assertThat(TWILIO.callRequestsTo(number)).hasSize(1);
    }

    @Test
    void aVoiceMessageIsSpokenInTheCampaignsVoiceAndReportsThePressedKey() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3369" + jobId;
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaignBuilder(campaignId, CampaignStatus.ACTIVE, 3, 1)
                .setChannel(Channel.VMS).setVmsText("Votre rendez-vous est demain. Tapez 1 pour confirmer.")
                .setVoiceGender("female").setVoiceLanguage("fr-FR").build());
        publish(Topics.CAMPAIGN_JOBS, jobId, job(jobId, campaignId, Channel.VMS, List.of(number),
                Map.of("get_back_pressed_keys", "true")));

        FakeTwilio.Request call = awaitCallTo(number, 1).get(0);
        assertThat(call.first("MachineDetection")).isEqualTo("DetectMessageEnd");
        String attemptId = ref(call);
        String twiml = fetchTwiml(attemptId, true);
        assertThat(twiml).contains("<Gather numDigits=\"1\" method=\"POST\" action=\"/dialer/twiml/" + attemptId
                + "/keys\"><Say voice=\"Polly.Celine\" language=\"fr-FR\">Votre rendez-vous est demain.");
        post("/dialer/twiml/" + attemptId + "/keys", Map.of("CallSid", "CA1", "Digits", "1"), true)
                .expectStatus().isOk().expectBody(String.class).isEqualTo(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Hangup/></Response>");
        String sid = ((CallAttemptStarted) awaitEvents(jobId, CallAttemptStarted.class, 1).get(0))
                .getProviderCallId();
        callback(Channel.VMS, sid, attemptId, ProviderEventType.CALL_ANSWERED, "human", null);
        callback(Channel.VMS, sid, attemptId, ProviderEventType.CALL_COMPLETED, "human", 20);

        JobDialingFinished finished = (JobDialingFinished) awaitEvents(jobId, JobDialingFinished.class, 1).get(0);
        assertThat(finished.getJobState()).isEqualTo(2);
        assertThat(finished.getChannel()).isEqualTo(Channel.VMS);
        CallStatusChanged completed = (CallStatusChanged) awaitEvents(jobId, CallStatusChanged.class, 2).get(1);
        assertThat(completed.getStatus()).isEqualTo(CallStatus.COMPLETED);
        assertThat(completed.getPressedKeys()).isEqualTo("1");
    }

    @Test
    void aVoiceMessageLeftOnAMachineSucceeds() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3360" + jobId;
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaignBuilder(campaignId, CampaignStatus.ACTIVE, 3, 1)
                .setChannel(Channel.VMS).setVmsText("Call us back.").build());
        publish(Topics.CAMPAIGN_JOBS, jobId, job(jobId, campaignId, Channel.VMS, List.of(number)));
        String attemptId = ref(awaitCallTo(number, 1).get(0));
        String sid = ((CallAttemptStarted) awaitEvents(jobId, CallAttemptStarted.class, 1).get(0))
                .getProviderCallId();

        callback(Channel.VMS, sid, attemptId, ProviderEventType.CALL_COMPLETED, "machine", 9);

        JobDialingFinished finished = (JobDialingFinished) awaitEvents(jobId, JobDialingFinished.class, 1).get(0);
        assertThat(finished.getJobState()).isEqualTo(2);
        assertThat(finished.getOutcome()).isEqualTo("ANSWERED_MACHINE");
        assertThat(((CallStatusChanged) awaitEvents(jobId, CallStatusChanged.class, 1).get(0)).getAnsweredBy())
                .isEqualTo(com.voxhub.events.dialer.AnsweredBy.MACHINE);
    }

    @Test
    void aJobArrivingBeforeItsCampaignIsDialedOnceTheCampaignIsKnown() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3362" + jobId;
        publish(Topics.CAMPAIGN_JOBS, jobId, job(jobId, campaignId, Channel.VOICE, List.of(number)));
        await().atMost(Duration.ofSeconds(20)).until(() -> jobPhase(jobId) != null);
        assertThat(TWILIO.callRequestsTo(number)).isEmpty();

        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, CampaignStatus.ACTIVE, 3, 1));

        awaitCallTo(number, 1);
    }

    @Test
    void aPausedCampaignDialsNothingUntilItIsActiveAgain() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3363" + jobId;
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, CampaignStatus.PAUSED, 3, 1));
        publish(Topics.CAMPAIGN_JOBS, jobId, job(jobId, campaignId, Channel.VOICE, List.of(number)));
        await().atMost(Duration.ofSeconds(20)).until(() -> "WAITING".equals(jobPhase(jobId)));
        // Several scans of the scheduler pass without a call.
        await().pollDelay(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                .until(() -> TWILIO.callRequestsTo(number).isEmpty());

        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, CampaignStatus.ACTIVE, 3, 2));

        awaitCallTo(number, 1);
    }

    @Test
    void busyAndNoAnswerAreRetriedOnTheNextNumberUntilTheLastAttemptFails() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String first = "+3364" + jobId;
        String second = "+3365" + jobId;
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, CampaignStatus.ACTIVE, 2, 1));
        publish(Topics.CAMPAIGN_JOBS, jobId, job(jobId, campaignId, Channel.VOICE, List.of(first, second)));

        String firstAttempt = ref(awaitCallTo(first, 1).get(0));
        String firstSid = ((CallAttemptStarted) awaitEvents(jobId, CallAttemptStarted.class, 1).get(0))
                .getProviderCallId();
        callback(firstSid, firstAttempt, ProviderEventType.CALL_BUSY, null, null);

        String secondAttempt = ref(awaitCallTo(second, 1).get(0));
        CallAttemptStarted retried = (CallAttemptStarted) awaitEvents(jobId, CallAttemptStarted.class, 2).get(1);
        assertThat(retried.getAttemptNumber()).isEqualTo(2);
        assertThat(secondAttempt).isNotEqualTo(firstAttempt);
        callback(retried.getProviderCallId(), secondAttempt, ProviderEventType.CALL_NO_ANSWER, null, null);

        JobDialingFinished finished = (JobDialingFinished) awaitEvents(jobId, JobDialingFinished.class, 1).get(0);
        assertThat(finished.getJobState()).isEqualTo(3);
        assertThat(finished.getContactStatus()).isEqualTo("No Answer");
        assertThat(finished.getAttempts()).isEqualTo(2);
    }

    @Test
    void anInvalidNumberRefusedByTheProviderFailsTheJobAtOnce() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3366" + jobId;
        TWILIO.respondTo(number, FakeTwilio.Response.of(400, "{\"code\":21211,\"message\":\"invalid\",\"status\":400}"));
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, CampaignStatus.ACTIVE, 3, 1));
        publish(Topics.CAMPAIGN_JOBS, jobId, job(jobId, campaignId, Channel.VOICE, List.of(number)));

        JobDialingFinished finished = (JobDialingFinished) awaitEvents(jobId, JobDialingFinished.class, 1).get(0);
        assertThat(finished.getJobState()).isEqualTo(3);
        assertThat(finished.getContactStatus()).isEqualTo("Wrong Number");
        assertThat(finished.getOutcome()).isEqualTo("INVALID_NUMBER");
        assertThat(TWILIO.callRequestsTo(number)).hasSize(1);
    }

    @Test
    void anAttemptLeftRequestingByACrashIsFollowedNotRedialedWhenTheProviderHasTheCall() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3367" + jobId;
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, CampaignStatus.ACTIVE, 3, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> campaignKnown(campaignId));
        UUID attemptId = crashedAttempt(jobId, campaignId, number);
        TWILIO.knowCall("CAcrash" + jobId, number, "in-progress", Instant.now());

        reconciler.reconcile(Instant.now().plusSeconds(1));

        CallAttemptStarted started = (CallAttemptStarted) awaitEvents(jobId, CallAttemptStarted.class, 1).get(0);
        assertThat(started.getAttemptId()).isEqualTo(attemptId.toString());
        assertThat(started.getProviderCallId()).isEqualTo("CAcrash" + jobId);
        assertThat(TWILIO.callRequestsTo(number)).isEmpty();
        assertThat(jdbc.sql("select status from call_attempt where attempt_id = ?").param(attemptId)
                .query(String.class).single()).isEqualTo("ANSWERED");
    }

    @Test
    void anAttemptLeftRequestingIsRequestedAgainUnderTheSameAttemptWhenTheProviderHasNoCall() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3368" + jobId;
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, CampaignStatus.ACTIVE, 3, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> campaignKnown(campaignId));
        UUID attemptId = crashedAttempt(jobId, campaignId, number);

        reconciler.reconcile(Instant.now().plusSeconds(1));

        FakeTwilio.Request redial = awaitCallTo(number, 1).get(0);
        assertThat(ref(redial)).isEqualTo(attemptId.toString());
        CallAttemptStarted started = (CallAttemptStarted) awaitEvents(jobId, CallAttemptStarted.class, 1).get(0);
        assertThat(started.getAttemptNumber()).isEqualTo(1);
        assertThat(jdbc.sql("select provider_requests from call_attempt where attempt_id = ?").param(attemptId)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aCallWhoseFinalCallbackWasLostIsLookedUpAndSettled() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3371" + jobId;
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, CampaignStatus.ACTIVE, 3, 1));
        publish(Topics.CAMPAIGN_JOBS, jobId, job(jobId, campaignId, Channel.VOICE, List.of(number)));
        String sid = ((CallAttemptStarted) awaitEvents(jobId, CallAttemptStarted.class, 1).get(0))
                .getProviderCallId();
        TWILIO.knowCall(sid, number, "completed", Instant.now());

        reconciler.followStalled(Instant.now().plusSeconds(1));

        JobDialingFinished finished = (JobDialingFinished) awaitEvents(jobId, JobDialingFinished.class, 1).get(0);
        assertThat(finished.getJobState()).isEqualTo(2);
        assertThat(TWILIO.callRequestsTo(number)).hasSize(1);
    }

    @Test
    void anUnqueuedJobIsNeverDialed() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3372" + jobId;
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, CampaignStatus.PAUSED, 3, 1));
        publish(Topics.CAMPAIGN_JOBS, jobId, job(jobId, campaignId, Channel.VOICE, List.of(number)));
        publish(Topics.CAMPAIGN_JOBS, jobId, JobUnqueued.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now()).setJobId(jobId).setCampaignId(campaignId).setAccountId(1)
                .setChannel(Channel.VOICE).setReason("unqueued by API").build());
        await().atMost(Duration.ofSeconds(20)).until(() -> "CANCELLED".equals(jobPhase(jobId)));

        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, CampaignStatus.ACTIVE, 3, 2));

        await().pollDelay(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                .until(() -> TWILIO.callRequestsTo(number).isEmpty());
    }

    @Test
    void aSimulatedJobSucceedsWithoutReachingTheProvider() throws Exception {
        long campaignId = IDS.incrementAndGet();
        long jobId = IDS.incrementAndGet();
        String number = "+3373" + jobId;
        publish(Topics.CAMPAIGN_CAMPAIGNS, campaignId, campaign(campaignId, CampaignStatus.ACTIVE, 3, 1));
        JobQueued simulated = job(jobId, campaignId, Channel.VMS, List.of(number));
        simulated.setSimulation(true);
        publish(Topics.CAMPAIGN_JOBS, jobId, simulated);

        JobDialingFinished finished = (JobDialingFinished) awaitEvents(jobId, JobDialingFinished.class, 1).get(0);
        assertThat(finished.getJobState()).isEqualTo(2);
        assertThat(finished.getOutcome()).isEqualTo("SIMULATED");
        assertThat(finished.getAttempts()).isZero();
        assertThat(TWILIO.callRequestsTo(number)).isEmpty();
    }

    // --- helpers ---

    private UUID crashedAttempt(long jobId, long campaignId, String number) {
        UUID attemptId = UUID.randomUUID();
        Timestamp requested = Timestamp.from(Instant.now().minusSeconds(5));
        jdbc.sql("""
                insert into dial_job (job_id, campaign_id, account_id, channel, numbers, phase, attempts,
                    current_attempt_id)
                values (?, ?, 1, 'VOICE', ?, 'DIALING', 1, ?)""")
                .params(jobId, campaignId, new String[] {number}, attemptId).update();
        jdbc.sql("""
                insert into call_attempt (attempt_id, job_id, attempt_number, number, status, provider, requested_at)
                values (?, ?, 1, ?, 'REQUESTING', 'twilio', ?)""")
                .params(attemptId, jobId, number, requested).update();
        return attemptId;
    }

    private List<FakeTwilio.Request> awaitCallTo(String number, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> TWILIO.callRequestsTo(number).size() >= count);
        return TWILIO.callRequestsTo(number);
    }

    private List<SpecificRecord> awaitEvents(long jobId, Class<? extends SpecificRecord> type, int count) {
        return callEvents.await(r -> Long.toString(jobId).equals(r.key()) && type.isInstance(TopicReader.decode(r)),
                        count, Duration.ofSeconds(30))
                .stream().map(TopicReader::decode).toList();
    }

    private String jobPhase(long jobId) {
        return jdbc.sql("select phase from dial_job where job_id = ?").param(jobId).query(String.class)
                .optional().orElse(null);
    }

    private boolean campaignKnown(long campaignId) {
        return jdbc.sql("select count(*) from campaign where campaign_id = ?").param(campaignId)
                .query(Long.class).single() == 1;
    }

    private static String ref(FakeTwilio.Request call) {
        String callback = call.first("StatusCallback");
        return callback.substring(callback.indexOf("ref=") + 4);
    }

    private String fetchTwiml(String attemptId, boolean signed) {
        return post("/dialer/twiml/" + attemptId, Map.of("CallSid", "CA1", "CallStatus", "in-progress",
                "AnsweredBy", "human"), signed).expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_XML)
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private int fetchTwimlStatus(String attemptId, boolean signed) {
        return post("/dialer/twiml/" + attemptId, Map.of("CallSid", "CA1"), signed)
                .returnResult(String.class).getStatus().value();
    }

    /** A form post signed as the provider signs it: over the dialer's public URL, not the test's local one. */
    private WebTestClient.ResponseSpec post(String path, Map<String, String> params, boolean signed) {
        Map<String, List<String>> form = new java.util.HashMap<>();
        params.forEach((name, value) -> form.put(name, List.of(value)));
        String signature = signed ? TwilioSignature.compute(AUTH_TOKEN, DIALER_PUBLIC_URL + path, form) : "forged";
        org.springframework.util.LinkedMultiValueMap<String, String> body =
                new org.springframework.util.LinkedMultiValueMap<>();
        params.forEach(body::add);
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .post().uri(path)
                .header(TwilioSignature.HEADER, signature)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(body))
                .exchange();
    }

    private void callback(String sid, String attemptId, ProviderEventType type, String answeredBy, Integer duration)
            throws Exception {
        callback(Channel.VOICE, sid, attemptId, type, answeredBy, duration);
    }

    private void callback(Channel channel, String sid, String attemptId, ProviderEventType type, String answeredBy,
                          Integer duration) throws Exception {
        publish(Topics.PROVIDER_EVENTS, sid, ProviderEventReceived.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setProvider("twilio").setProviderEventId(sid + ":" + type).setProviderMessageId(sid)
                .setChannel(channel).setType(type).setReference(attemptId)
                .setAnsweredBy(answeredBy).setDurationSeconds(duration)
                .build());
    }

    private void publish(String topic, Object key, SpecificRecord value) throws Exception {
        kafka.send(topic, key.toString(), value).get();
    }

    private static CampaignChanged campaign(long campaignId, CampaignStatus status, int maxAttempts, long version) {
        return campaignBuilder(campaignId, status, maxAttempts, version).build();
    }

    private static CampaignChanged.Builder campaignBuilder(long campaignId, CampaignStatus status, int maxAttempts,
                                                           long version) {
        return CampaignChanged.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setCampaignId(campaignId).setAccountId(1).setVersion(version).setName("campaign " + campaignId)
                .setChannel(Channel.VOICE).setStatus(status).setMaxAttempts(maxAttempts)
                .setRetryDelaysMinutes(List.of(0));
    }

    private static JobQueued job(long jobId, long campaignId, Channel channel, List<String> numbers) {
        return job(jobId, campaignId, channel, numbers, Map.of());
    }

    private static JobQueued job(long jobId, long campaignId, Channel channel, List<String> numbers,
                                 Map<String, String> data) {
        return JobQueued.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setJobId(jobId).setCampaignId(campaignId).setAccountId(1).setChannel(channel)
                .setNumbers(numbers).setData(data).setAddressLines(List.of())
                .build();
    }
}
