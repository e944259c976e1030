package com.voxhub.campaign.sourcing;

import static com.voxhub.campaign.credit.AccountFixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.campaign.credit.AccountFixtures;
import com.voxhub.campaign.credit.AccountFixtures.TestAccount;
import com.voxhub.events.Topics;
import com.voxhub.events.campaign.JobChanged;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.common.Channel;
import com.voxhub.platform.test.TestKafka;
import com.voxhub.platform.test.TestPostgres;
import com.voxhub.platform.test.TopicReader;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Seed 000 (sourcing with SMS invites), the registration page and credits, over real PostgreSQL and Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"voxhub.admin.token=test-admin", "voxhub.sourcing.public-base-url=https://go.example.test"})
class SourcingApiIT {

    private static final String TEMPLATE = "Bonjour {{first_name}}, inscrivez-vous : {{invite_url}}";
    private static final Pattern LINK = Pattern.compile("https://go\\.example\\.test/r/([A-Za-z0-9_-]{22})");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, TestPostgres.freshDatabase("campaign"));
        TestKafka.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    AccountFixtures api;
    WebTestClient http;
    TestAccount acme;

    private static final long ID_BASE = AccountFixtures.randomBase();

    @BeforeEach
    void account() {
        AccountFixtures.startIdsFarFromOtherContexts(jdbc, ID_BASE);
        api = new AccountFixtures(port);
        http = api.http();
        acme = api.account("acme-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** The seed's own example request. */
    private static Map<String, Object> seedExample() {
        return Map.of("candidates", List.of(
                Map.of("first_name", "Pierre", "last_name", "Durand", "phone", "0612345678"),
                Map.of("first_name", "Sophie", "last_name", "Bernard", "phone", "0687654321", "email", "sophie.bernard@example.com")));
    }

    private long sourcingCampaign(String key) {
        return api.campaign(key, Map.of("name", "Hiring drivers", "channel", "voice", "country", "FR",
                "timezone", "Europe/Paris", "sms_invite_template", TEMPLATE));
    }

    private WebTestClient.ResponseSpec source(String key, Object campaign, Object body) {
        return http.post().uri("/api/v1/campaigns/" + campaign + "/source").header("X-API-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    void shouldSourceTheSeedExampleAndInviteEachCandidateBySmsWithALinkOfTheirOwn() {
        long campaign = sourcingCampaign(acme.key());
        api.topUp(acme.id(), 1_000);

        source(acme.key(), campaign, seedExample()).expectStatus().isOk().expectBody().json("""
                {"campaign_id": "%d", "candidates_sourced": 2, "candidates_skipped": 0, "sms_sent": 2, "errors": []}"""
                .formatted(campaign), true);

        List<JobQueued> invites = queued(campaign, 2);
        assertThat(invites).extracting(JobQueued::getChannel).containsOnly(Channel.SMS);
        assertThat(invites).extracting(JobQueued::getMessageTemplate).containsOnly("sms_invite");
        assertThat(invites).extracting(j -> j.getNumbers().get(0)).containsExactlyInAnyOrder("+33612345678", "+33687654321");
        assertThat(invites).extracting(j -> j.getData().get("invite_url")).allMatch(url -> LINK.matcher(url).matches())
                .doesNotHaveDuplicates();
        assertThat(invites).extracting(JobQueued::getUrl).allMatch(url -> LINK.matcher(url).matches());
        assertThat(invites).filteredOn(j -> j.getNumbers().get(0).equals("+33687654321"))
                .singleElement().satisfies(j -> {
                    assertThat(j.getEmail()).isEqualTo("sophie.bernard@example.com");
                    assertThat(j.getData()).containsEntry("first_name", "Sophie").containsEntry("last_name", "Bernard");
                });
        // One GSM-7 segment each at 5 minor units: the ledger explains the new balance.
        assertThat(api.balanceMinor(acme.id())).isEqualTo(990);
        Map<String, Object> statement = http.get().uri("/api/v1/accounts/" + acme.id() + "/credits")
                .header("X-Admin-Token", AccountFixtures.ADMIN).exchange().expectBody(JSON).returnResult().getResponseBody();
        assertThat(statement).containsEntry("currency", "EUR").containsEntry("balance", 9.9);
        assertThat((List<Map<String, Object>>) statement.get("entries")).extracting(e -> e.get("kind"), e -> e.get("amount_minor"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sms_invite", -10), org.assertj.core.groups.Tuple.tuple("top_up", 1000));
    }

    @Test
    void shouldSkipCandidatesAlreadyInTheCampaignAndReportInvalidOnesPerCandidate() {
        long campaign = sourcingCampaign(acme.key());
        api.topUp(acme.id(), 1_000);
        source(acme.key(), campaign, seedExample()).expectStatus().isOk();

        source(acme.key(), campaign, Map.of("candidates", List.of(
                Map.of("first_name", "Pierre", "phone", "+33 6 12 34 56 78"),        // already invited (same E.164)
                Map.of("first_name", "Luc", "phone", "06 11 22 33 44"),
                Map.of("first_name", "Luc again", "phone", "+33611223344"),          // twice in one request
                Map.of("first_name", "Nope", "phone", "12"),
                Map.of("first_name", "No phone"),
                Map.of("first_name", "Bad mail", "phone", "0699887766", "email", "not-an-email"))))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.candidates_sourced").isEqualTo(1)
                .jsonPath("$.candidates_skipped").isEqualTo(2)
                .jsonPath("$.sms_sent").isEqualTo(1)
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[0].index").isEqualTo(3)
                .jsonPath("$.errors[0].code").isEqualTo("invalid_phone")
                .jsonPath("$.errors[1].code").isEqualTo("phone_required")
                .jsonPath("$.errors[2].code").isEqualTo("invalid_email");
        assertThat(count("select count(*) from candidate_invite where campaign_id = ?", campaign)).isEqualTo(3);
    }

    @Test
    void shouldSkipACandidateWhoseNumberIsAlreadyAJobOfTheCampaign() {
        long campaign = sourcingCampaign(acme.key());
        api.topUp(acme.id(), 1_000);
        http.post().uri("/j/jobs").header("Authorization", "Bearer " + acme.key())
                .bodyValue(Map.of("campaign", campaign, "numbers", List.of("+33612345678"))).exchange().expectStatus().isCreated();

        source(acme.key(), campaign, seedExample()).expectStatus().isOk().expectBody()
                .jsonPath("$.candidates_sourced").isEqualTo(1).jsonPath("$.candidates_skipped").isEqualTo(1);
    }

    @Test
    void shouldAnswer402AndCreateNothingWhenTheBalanceCannotCoverTheInvites() {
        long campaign = sourcingCampaign(acme.key());
        api.topUp(acme.id(), 5); // one invite, not two

        source(acme.key(), campaign, seedExample()).expectStatus().isEqualTo(402).expectBody()
                .jsonPath("$.error.code").isEqualTo("insufficient_credit");

        assertNothingSourced(campaign);
        assertThat(api.balanceMinor(acme.id())).isEqualTo(5);
    }

    @Test
    void shouldRefuseInvalidRequestsWith400AndChangeNothing() {
        long campaign = sourcingCampaign(acme.key());
        long withoutTemplate = api.campaign(acme.key(), Map.of("name", "No invite", "channel", "voice", "country", "FR"));
        api.topUp(acme.id(), 10_000);
        List<Map<String, String>> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(Map.of("phone", "+336120000" + String.format("%02d", i)));
        }

        source(acme.key(), withoutTemplate, seedExample()).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.error.code").isEqualTo("sms_template_missing");
        source(acme.key(), campaign, Map.of("candidates", tooMany)).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.error.code").isEqualTo("invalid_candidates");
        source(acme.key(), campaign, Map.of("candidates", List.of())).expectStatus().isBadRequest();
        source(acme.key(), campaign, Map.of("other", 1)).expectStatus().isBadRequest();
        source(acme.key(), campaign, "{\"candidates\": [").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.error.code").isEqualTo("malformed_request");
        source(acme.key(), campaign, "{\"candidates\": \"Pierre\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.message").exists();

        assertNothingSourced(campaign);
        assertNothingSourced(withoutTemplate);
        assertThat(api.balanceMinor(acme.id())).isEqualTo(10_000);
    }

    @Test
    void shouldAnswer401WithoutAValidKeyAnd404ForAnotherAccountsOrUnknownCampaign() {
        long campaign = sourcingCampaign(acme.key());
        TestAccount other = api.account("other-" + UUID.randomUUID().toString().substring(0, 8));
        api.topUp(other.id(), 1_000);

        http.post().uri("/api/v1/campaigns/" + campaign + "/source").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(seedExample()).exchange().expectStatus().isUnauthorized();
        source("vh_live_not-a-key", campaign, seedExample()).expectStatus().isUnauthorized();
        source(other.key(), campaign, seedExample()).expectStatus().isNotFound().expectBody()
                .jsonPath("$.error.code").isEqualTo("campaign_not_found");
        source(acme.key(), 999_999_999L, seedExample()).expectStatus().isNotFound();
        source(acme.key(), "abc123def456", seedExample()).expectStatus().isNotFound();

        assertNothingSourced(campaign);
        assertThat(api.balanceMinor(other.id())).isEqualTo(1_000);
    }

    @Test
    void shouldRecordTheClickThenRegisterOnceAndQueueTheCallAtThePreferredTime() {
        long campaign = sourcingCampaign(acme.key());
        api.topUp(acme.id(), 1_000);
        source(acme.key(), campaign, Map.of("candidates", List.of(
                Map.of("first_name", "<Pierre>", "last_name", "Durand", "phone", "0612345678")))).expectStatus().isOk();
        JobQueued invite = queued(campaign, 1).get(0);
        Matcher link = LINK.matcher(invite.getData().get("invite_url"));
        assertThat(link.matches()).isTrue();
        String token = link.group(1);

        String page = http.get().uri("/r/" + token).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("Hiring drivers", "Hello &lt;Pierre&gt;", "name=\"preferred_time\"", "Europe/Paris")
                .doesNotContain("<Pierre>", "<script");
        assertThat(status(token)).isEqualTo("clicked");
        JobChanged clicked = changed(invite.getJobId(), "Invite link clicked");
        assertThat(clicked.getChannel()).isEqualTo(Channel.SMS);

        LocalDateTime preferred = LocalDateTime.now(ZoneId.of("Europe/Paris")).plusDays(2).withHour(10).truncatedTo(ChronoUnit.HOURS);
        String done = register(token, preferred.toString()).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(done).contains("you are registered");
        register(token, "").expectStatus().isOk(); // registering again shows the first registration

        JobQueued call = queued(campaign, 2).stream().filter(j -> j.getChannel() == Channel.VOICE).findFirst().orElseThrow();
        java.time.Instant at = preferred.atZone(ZoneId.of("Europe/Paris")).toInstant();
        assertThat(call.getAppointment()).isEqualTo(at);
        assertThat(call.getSendAt()).isEqualTo(at);
        assertThat(call.getNumbers()).containsExactly("+33612345678");
        assertThat(call.getMessageTemplate()).isNull();
        changed(invite.getJobId(), "Registered");
        assertThat(status(token)).isEqualTo("registered");
        assertThat(count("select count(*) from job where campaign_id = ?", campaign)).isEqualTo(2);
        assertThat(count("select count(*) from candidate_invite_activity a join candidate_invite i on i.id = a.invite_id "
                + "where i.token = ? and a.kind = 'registration'", token)).isEqualTo(1);
        assertThat(api.balanceMinor(acme.id())).isEqualTo(1_000 - 5 - 10); // invite + one call-minute estimate
    }

    @Test
    void shouldShowTheFormAgainForAnUnusableTimeAndA404PageForAnUnknownLink() {
        long campaign = sourcingCampaign(acme.key());
        api.topUp(acme.id(), 1_000);
        source(acme.key(), campaign, seedExample()).expectStatus().isOk();
        String token = jdbc.sql("select token from candidate_invite where campaign_id = ? limit 1").param(campaign)
                .query(String.class).single();

        assertThat(register(token, "2001-01-01T10:00").expectStatus().isBadRequest().expectBody(String.class)
                .returnResult().getResponseBody()).contains("Pick a time in the future", "<form");
        register(token, "tomorrow").expectStatus().isBadRequest();
        assertThat(count("select count(*) from job where campaign_id = ?", campaign)).isEqualTo(2);

        http.get().uri("/r/AAAAAAAAAAAAAAAAAAAAAA").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    @Test
    void shouldTopUpOnlyWithTheAdminTokenAndAValidAmount() {
        http.post().uri("/api/v1/accounts/" + acme.id() + "/credits").bodyValue(Map.of("amount_minor", 100))
                .exchange().expectStatus().isUnauthorized();
        http.post().uri("/api/v1/accounts/" + acme.id() + "/credits").header("X-Admin-Token", AccountFixtures.ADMIN)
                .bodyValue(Map.of("amount_minor", -5)).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.code").isEqualTo("invalid_amount_minor");
        http.post().uri("/api/v1/accounts/" + acme.id() + "/credits").header("X-Admin-Token", AccountFixtures.ADMIN)
                .bodyValue(Map.of("amount_minor", "lots")).exchange().expectStatus().isBadRequest();
        http.post().uri("/api/v1/accounts/999999999/credits").header("X-Admin-Token", AccountFixtures.ADMIN)
                .bodyValue(Map.of("amount_minor", 100)).exchange().expectStatus().isNotFound();
        assertThat(api.balanceMinor(acme.id())).isZero();

        Map<String, Object> topUp = api.topUp(acme.id(), 14_995);
        assertThat(topUp).containsEntry("balance_minor", 14_995).containsEntry("balance", 149.95);
    }

    private WebTestClient.ResponseSpec register(String token, String preferredTime) {
        return http.post().uri("/r/" + token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("preferred_time", preferredTime).with("confirm", "yes")).exchange();
    }

    private void assertNothingSourced(long campaign) {
        assertThat(count("select count(*) from candidate_invite where campaign_id = ?", campaign)).isZero();
        assertThat(count("select count(*) from job where campaign_id = ?", campaign)).isZero();
        // The relay sends in outbox order: once a later marker is on Kafka, anything the request wrote would be too.
        long marker = api.campaign(acme.key(), Map.of("name", "marker", "channel", "sms"));
        try (TopicReader reader = TopicReader.fromBeginning(TestKafka.shared().getBrokersAsString(),
                Topics.CAMPAIGN_JOBS, Topics.CAMPAIGN_CAMPAIGNS)) {
            reader.await(r -> r.topic().equals(Topics.CAMPAIGN_CAMPAIGNS) && r.key().equals(Long.toString(marker)), 1,
                    Duration.ofSeconds(20));
            assertThat(reader.poll(Duration.ofMillis(500)).stream().filter(r -> r.topic().equals(Topics.CAMPAIGN_JOBS))
                    .map(TopicReader::decode).filter(r -> r instanceof JobQueued q && q.getCampaignId() == campaign)).isEmpty();
        }
    }

    private List<JobQueued> queued(long campaign, int count) {
        try (TopicReader reader = TopicReader.fromBeginning(TestKafka.shared().getBrokersAsString(), Topics.CAMPAIGN_JOBS)) {
            List<ConsumerRecord<String, byte[]>> records = reader.await(
                    r -> TopicReader.decode(r) instanceof JobQueued q && q.getCampaignId() == campaign, count, Duration.ofSeconds(20));
            return records.stream().map(r -> (JobQueued) TopicReader.decode(r)).toList();
        }
    }

    private JobChanged changed(long jobId, String contactStatus) {
        try (TopicReader reader = TopicReader.fromBeginning(TestKafka.shared().getBrokersAsString(), Topics.CAMPAIGN_JOBS)) {
            return (JobChanged) TopicReader.decode(reader.await(r -> TopicReader.decode(r) instanceof JobChanged c
                    && c.getJobId() == jobId && contactStatus.equals(c.getContactStatus()), 1, Duration.ofSeconds(20)).get(0));
        }
    }

    private String status(String token) {
        return jdbc.sql("select status from candidate_invite where token = ?").param(token).query(String.class).single();
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }
}
