package com.voxhub.campaign.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voxhub.campaign.contact.domain.ContactImportQueue;
import com.voxhub.events.Topics;
import com.voxhub.events.campaign.JobChanged;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.campaign.JobUnqueued;
import com.voxhub.platform.test.TestKafka;
import com.voxhub.platform.test.TestPostgres;
import com.voxhub.platform.test.TopicReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Seed 004's contacts surface over a real PostgreSQL and Kafka broker, with the seed's own example requests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "voxhub.admin.token=test-admin",
        "voxhub.contacts.import.batch-size=500",
        "voxhub.contacts.import.pause-between-batches=10ms"})
class ContactsApiIT {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };
    private static final String SEED_CONTACT = """
            {
                "name": "string",
                "email": "customer@somedomain.com",
                "phone_number": "+1 111-111-1111",
                "outbound_number": "+1 760-867-5309",
                "external_unique_id": "UID_123456"
            }""";
    private static final String DUPLICATE = "NativePowerDial::ContactService::DuplicateContactPhoneOnCampaign";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, TestPostgres.freshDatabase("campaign"));
        TestKafka.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContactImportQueue importQueue;

    WebTestClient http;
    String login;
    String apiKey;
    long campaign;

    @BeforeEach
    void account() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build();
        login = "acme-" + UUID.randomUUID().toString().substring(0, 8);
        apiKey = newAccountKey(login);
        campaign = createCampaign(apiKey);
    }

    @Test
    void shouldAddTheSeedsExampleContactAndQueueItsJobLikeTheJobsApi() {
        Map<String, Object> answer = post(contacts(campaign), SEED_CONTACT).expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody();

        assertThat(answer).containsEntry("invalid_contacts", List.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> valid = ((List<Map<String, Object>>) answer.get("valid_contacts")).get(0);
        assertThat(valid).containsEntry("name", "string").containsEntry("email", "customer@somedomain.com")
                .containsEntry("phone_number", "+1 111-111-1111").containsEntry("outbound_number", "+1 760-867-5309")
                .containsEntry("external_unique_id", "UID_123456");
        long id = ((Number) valid.get("id")).longValue();

        http.get().uri("/j/jobs/" + id).header("Authorization", "Bearer " + apiKey).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo(0)
                .jsonPath("$.numbers[0]").isEqualTo("+11111111111");
        try (TopicReader reader = TopicReader.fromBeginning(TestKafka.shared().getBrokersAsString(), Topics.CAMPAIGN_JOBS)) {
            JobQueued queued = (JobQueued) TopicReader.decode(
                    reader.await(r -> r.key().equals(Long.toString(id)), 1, Duration.ofSeconds(10)).get(0));
            assertThat(queued.getCampaignId()).isEqualTo(campaign);
            assertThat(queued.getNumbers()).containsExactly("+11111111111");
        }
    }

    @Test
    void shouldListTheCampaignsContactsAsTheSeedShows() {
        post(contacts(campaign), SEED_CONTACT).expectStatus().isOk();

        List<Map<String, Object>> listed = get(contacts(campaign)).expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();

        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).containsEntry("name", "string").containsEntry("email", "customer@somedomain.com")
                .containsEntry("phone_number", "+1 111-111-1111").containsEntry("outbound_number", "+1 760-867-5309")
                .containsEntry("external_unique_id", "UID_123456").containsEntry("status", "Upcoming");
        get(contacts(campaign) + "?per_page=1&page=2").expectStatus().isOk().expectBody().json("[]");
        http.get().uri(contacts(campaign) + "?phone_number={phone}", "+1 (111) 111-1111").header("Authorization", basic()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1);
        get(contacts(campaign) + "?external_unique_id=UID_123456").expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1);
        get(contacts(campaign) + "?external_unique_id=other").expectStatus().isOk().expectBody().json("[]");
        get(contacts(campaign) + "?per_page=1001").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error_details").isEqualTo("ActionController::BadRequest");
    }

    @Test
    void shouldPatchAContactByItsIdAsTheSeedShows() {
        long id = addContact("+1 111-111-1111", "UID_123456");

        Map<String, Object> patched = send(HttpMethod.PATCH, contact(campaign), """
                {
                    "contact_id": %d,
                    "name": "Bob Smith",
                    "email": "customer@somedomain.com",
                    "phone_number": "+1 111-111-1111",
                    "external_unique_id": "UID_123456"
                }""".formatted(id)).expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();

        assertThat(patched).containsEntry("id", (int) id).containsEntry("name", "Bob Smith")
                .containsEntry("campaign_id", (int) campaign).containsEntry("assigned_call_id", null)
                .containsEntry("assigned_participant_id", null).containsEntry("outbound_number", "+1 760-867-5309")
                .containsEntry("priority", null).containsEntry("status", "Upcoming")
                .containsEntry("user_custom_metadata", Map.of("NAME (REQUIRED)", "Bob Smith",
                        "PHONE (REQUIRED)", "+1 111-111-1111", "EMAIL (REQUIRED)", "customer@somedomain.com"));
        assertThat((String) patched.get("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        try (TopicReader reader = TopicReader.fromBeginning(TestKafka.shared().getBrokersAsString(), Topics.CAMPAIGN_JOBS)) {
            var changed = reader.await(r -> r.key().equals(Long.toString(id)) && TopicReader.decode(r) instanceof JobChanged, 1,
                    Duration.ofSeconds(10));
            assertThat(((JobChanged) TopicReader.decode(changed.get(0))).getName()).isEqualTo("Bob Smith");
        }
    }

    @Test
    void shouldDeleteByIdPhoneOrExternalIdAndUnqueueTheJob() {
        long byId = addContact("+1 202-555-0101", "A");
        long byPhone = addContact("+1 202-555-0102", "B");
        long byExternal = addContact("+1 202-555-0103", "C");

        Map<String, Object> deleted = send(HttpMethod.DELETE, contact(campaign), "{\"contact_id\": " + byId + "}")
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
        assertThat(deleted).containsEntry("id", (int) byId).containsEntry("campaign_id", (int) campaign)
                .containsEntry("status", "Upcoming").containsKeys("user_custom_metadata", "created_at", "updated_at");
        send(HttpMethod.DELETE, contact(campaign), "{\"phone_number\": \"(202) 555-0102\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo((int) byPhone);
        send(HttpMethod.DELETE, contact(campaign), "{\"external_unique_id\": \"C\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo((int) byExternal);

        get(contacts(campaign)).expectStatus().isOk().expectBody().json("[]");
        send(HttpMethod.DELETE, contact(campaign), "{\"contact_id\": " + byId + "}").expectStatus().isNotFound()
                .expectBody().jsonPath("$.error_details").isEqualTo("ActiveRecord::RecordNotFound");
        http.get().uri("/j/jobs/" + byId).header("Authorization", "Bearer " + apiKey).exchange()
                .expectBody().jsonPath("$.state").isEqualTo(4);
        try (TopicReader reader = TopicReader.fromBeginning(TestKafka.shared().getBrokersAsString(), Topics.CAMPAIGN_JOBS)) {
            List<String> keys = List.of(Long.toString(byId), Long.toString(byPhone), Long.toString(byExternal));
            reader.await(r -> keys.contains(r.key()) && TopicReader.decode(r) instanceof JobUnqueued, 3, Duration.ofSeconds(10));
        }
        // the phone is free again once its contact is deleted
        addContact("+1 202-555-0101", "A2");
    }

    @Test
    void shouldListADuplicatePhoneAsAnInvalidContactAndStoreNothing() {
        addContact("+1 202-555-0111", "first");

        Map<String, Object> answer = post(contacts(campaign), """
                {"name": "again", "phone_number": "+12025550111"}""").expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody();

        assertThat(answer).containsEntry("valid_contacts", List.of());
        assertThat(answer.get("invalid_contacts").toString()).contains(DUPLICATE);
        get(contacts(campaign)).expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1);
        post(contacts(campaign), "{\"name\": \"bad\", \"phone_number\": \"not a phone\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.invalid_contacts[0].error_details")
                .isEqualTo("NativePowerDial::ContactService::InvalidPhoneNumber");
    }

    @Test
    void shouldRefuseMalformedBodiesAndWrongTypesInTheSeedsErrorShape() {
        post(contacts(campaign), "{\"name\": ").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error_details").exists().jsonPath("$.error_message").exists();
        post(contacts(campaign), "{\"phone_number\": 12025550111}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error_message").isEqualTo("phone_number must be a string");
        send(HttpMethod.PATCH, contact(campaign), "{\"name\": \"x\"}").expectStatus().isBadRequest();
        get(contacts(campaign)).expectStatus().isOk().expectBody().json("[]");
    }

    @Test
    void shouldImportTenThousandContactsAndReportProgressWhileRunning() throws IOException {
        int total = 10_000;
        Path file = contactsFile(total, i -> "+1 202-7%02d-%04d".formatted(i / 10_000, i % 10_000));

        Map<String, Object> accepted = upload(campaign, new FileSystemResource(file)).expectStatus().isAccepted()
                .expectHeader().valueMatches("Location", ".*/apps/api/v1/outbound_dialer/campaigns/" + campaign + "/contacts/jobs/\\d+")
                .expectBody(MAP).returnResult().getResponseBody();
        assertThat(accepted).containsEntry("status", "in_progress").containsEntry("type", "Jobs::Bulk::Campaign::ParentJob");
        long importId = ((Number) accepted.get("id")).longValue();

        List<Map<String, Object>> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20)).until(() -> {
            Map<String, Object> status = importJob(campaign, importId);
            seen.add(status);
            return !"in_progress".equals(status.get("status"));
        });

        Map<String, Object> last = seen.get(seen.size() - 1);
        assertThat(last).containsEntry("id", (int) importId).containsEntry("status", "completed")
                .containsEntry("type", "Jobs::Bulk::Campaign::ParentJob")
                .containsEntry("progress", Map.of("processed", total, "total", total, "read", total));
        assertThat(seen).as("progress reported while the import runs").anySatisfy(s -> {
            assertThat(s).containsEntry("status", "in_progress");
            @SuppressWarnings("unchecked")
            Map<String, Object> progress = (Map<String, Object>) s.get("progress");
            assertThat(progress).containsEntry("total", total);
            assertThat((Integer) progress.get("processed")).isBetween(1, total - 1);
        });
        assertThat(jdbc.sql("select count(*) from job where campaign_id = ? and contact_deleted_at is null")
                .param(campaign).query(Long.class).single()).isEqualTo(total);
        assertThat(jdbc.sql("select count(*) from contact_import_row where import_id = ?").param(importId)
                .query(Long.class).single()).as("staging rows dropped").isZero();
        get(contacts(campaign) + "?per_page=100&page=100").expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(100);
        Files.delete(file);
    }

    @Test
    void shouldFailAnImportWithARepeatedPhoneWithTheSeedsErrorAndChangeNothing() throws IOException {
        Path file = contactsFile(1200, i -> i == 1100 ? "+1 202-555-0000" : "+1 202-555-%04d".formatted(i));

        long importId = importAndWait(file);

        Map<String, Object> failed = importJob(campaign, importId);
        assertThat(failed).containsEntry("status", "failed").containsEntry("error_details", DUPLICATE)
                .containsEntry("error_message", "Internal Error").containsEntry("type", "Jobs::Bulk::Campaign::StartImport");
        get(contacts(campaign)).expectStatus().isOk().expectBody().json("[]");
        assertThat(jdbc.sql("select count(*) from job where campaign_id = ?").param(campaign).query(Long.class).single()).isZero();
    }

    @Test
    void shouldFailAnImportOfAPhoneAlreadyInTheCampaign() throws IOException {
        addContact("+1 202-555-0007", "existing");
        Path file = contactsFile(10, i -> "+1 202-555-%04d".formatted(i));

        long importId = importAndWait(file);

        assertThat(importJob(campaign, importId)).containsEntry("status", "failed").containsEntry("error_details", DUPLICATE);
        get(contacts(campaign)).expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1);
    }

    @Test
    void shouldFailMalformedOrMistypedFilesAndChangeNothing() throws IOException {
        Map<String, String> files = Map.of(
                "[{\"name\": \"a\", \"phone_number\": \"+12025550001\"}, {\"name\": ", "JSON::ParserError",
                "{\"name\": \"not an array\"}", "JSON::ParserError",
                "[{\"name\": \"a\", \"phone_number\": 12025550001}]", "NativePowerDial::ContactService::InvalidContact",
                "[{\"name\": \"a\", \"phone_number\": \"+12025550001\"}, 42]", "NativePowerDial::ContactService::InvalidContact",
                "[{\"name\": \"a\", \"phone_number\": \"call me\"}]", "NativePowerDial::ContactService::InvalidPhoneNumber");
        for (var file : files.entrySet()) {
            Path path = Files.writeString(Files.createTempFile("bad-", ".json"), file.getKey());
            long importId = importAndWait(path);
            assertThat(importJob(campaign, importId)).as(file.getKey())
                    .containsEntry("status", "failed").containsEntry("error_details", file.getValue());
            Files.delete(path);
        }
        upload(campaign, null).expectStatus().isBadRequest().expectBody().jsonPath("$.error_details").isEqualTo("ActionController::ParameterMissing");
        get(contacts(campaign)).expectStatus().isOk().expectBody().json("[]");
    }

    @Test
    void shouldResumeAQueueingImportAfterARestartAndFailOneThatWasStillReading() {
        long accountId = jdbc.sql("select account_id from campaign where id = ?").param(campaign).query(Long.class).single();
        long queueing = jdbc.sql("insert into contact_import (account_id, campaign_id, phase, total, read_count) values (?, ?, 'queueing', 3, 3) returning id")
                .params(accountId, campaign).query(Long.class).single();
        for (int seq = 0; seq < 3; seq++) {
            jdbc.sql("insert into contact_import_row (import_id, seq, name, phone_number, contact_phone) values (?, ?, 'r', ?, ?)")
                    .params(queueing, seq, "+1202555070" + seq, "+1202555070" + seq).update();
        }
        long reading = jdbc.sql("insert into contact_import (account_id, campaign_id) values (?, ?) returning id")
                .params(accountId, campaign).query(Long.class).single();

        importQueue.resumeAfterRestart();

        await().atMost(Duration.ofSeconds(20)).until(() -> "completed".equals(importJob(campaign, queueing).get("status")));
        assertThat(importJob(campaign, reading)).containsEntry("status", "failed")
                .containsEntry("error_details", "NativePowerDial::ContactService::ImportInterrupted");
        get(contacts(campaign)).expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(3);
    }

    @Test
    void shouldHideAnotherAccountsCampaignsContactsAndImports() throws IOException {
        long id = addContact("+1 202-555-0199", "mine");
        long importId = importAndWait(contactsFile(1, i -> "+1 202-555-0198"));
        String other = newAccountKey("other-" + UUID.randomUUID().toString().substring(0, 8));
        String otherBasic = "Basic " + Base64.getEncoder().encodeToString((":" + other).getBytes(StandardCharsets.UTF_8));

        List<WebTestClient.ResponseSpec> attempts = List.of(
                http.post().uri(contacts(campaign)).header("Authorization", otherBasic).contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(SEED_CONTACT).exchange(),
                http.get().uri(contacts(campaign)).header("Authorization", otherBasic).exchange(),
                http.get().uri(contacts(campaign) + "/jobs/" + importId).header("Authorization", otherBasic).exchange(),
                http.method(HttpMethod.PATCH).uri(contact(campaign)).header("Authorization", otherBasic)
                        .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"contact_id\": " + id + ", \"name\": \"x\"}").exchange(),
                http.method(HttpMethod.DELETE).uri(contact(campaign)).header("X-API-Key", other)
                        .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"contact_id\": " + id + "}").exchange(),
                http.post().uri(contacts(campaign) + "/import").header("Authorization", otherBasic)
                        .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(filePart(
                                new ByteArrayResource("[]".getBytes(StandardCharsets.UTF_8)) {
                                    @Override
                                    public String getFilename() {
                                        return "contacts.json";
                                    }
                                }))).exchange());
        for (var attempt : attempts) {
            attempt.expectStatus().isNotFound().expectBody().jsonPath("$.error_details").isEqualTo("ActiveRecord::RecordNotFound");
        }
        // a contact of another of my campaigns is not in this one
        long second = createCampaign(apiKey);
        send(HttpMethod.PATCH, contact(second), "{\"contact_id\": " + id + ", \"name\": \"x\"}").expectStatus().isNotFound();
        get(contacts(campaign)).expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].name").isEqualTo("mine");
    }

    @Test
    void shouldRefuseMissingOrWrongCredentialsWith401() {
        http.get().uri(contacts(campaign)).exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error_details").isEqualTo("Unauthorized");
        http.get().uri(contacts(campaign)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((login + ":vh_live_wrong").getBytes(StandardCharsets.UTF_8))).exchange().expectStatus().isUnauthorized();
        http.get().uri(contacts(campaign)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("someone-else:" + apiKey).getBytes(StandardCharsets.UTF_8))).exchange().expectStatus().isUnauthorized();
        http.get().uri(contacts(campaign)).header("X-API-Key", apiKey).exchange().expectStatus().isOk();
    }

    // --- helpers ---

    private long importAndWait(Path file) {
        long importId = ((Number) upload(campaign, new FileSystemResource(file)).expectStatus().isAccepted()
                .expectBody(MAP).returnResult().getResponseBody().get("id")).longValue();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> !"in_progress".equals(importJob(campaign, importId).get("status")));
        return importId;
    }

    private Map<String, Object> importJob(long campaignId, long importId) {
        return get(contacts(campaignId) + "/jobs/" + importId).expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec upload(long campaignId, Resource file) {
        return http.post().uri(contacts(campaignId) + "/import").header("Authorization", basic())
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(file == null ? new MultipartBodyBuilder().build() : filePart(file)))
                .exchange();
    }

    private static org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> filePart(Resource file) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", file).contentType(MediaType.APPLICATION_JSON);
        return body.build();
    }

    private static Path contactsFile(int count, java.util.function.IntFunction<String> phone) throws IOException {
        Path file = Files.createTempFile("contacts-", ".json");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("[");
            for (int i = 0; i < count; i++) {
                out.write((i == 0 ? "" : ",") + "{\"name\":\"Contact " + i + "\",\"email\":\"c" + i + "@example.com\",\"phone_number\":\""
                        + phone.apply(i) + "\",\"outbound_number\":\"+1 760-867-5309\",\"external_unique_id\":\"UID_" + i + "\"}\n");
            }
            out.write("]");
        }
        return file;
    }

    private long addContact(String phone, String externalId) {
        Map<String, Object> answer = post(contacts(campaign), """
                {"name": "%s", "email": "customer@somedomain.com", "phone_number": "%s", "outbound_number": "+1 760-867-5309",
                 "external_unique_id": "%s"}""".formatted(externalId.equals("mine") ? "mine" : "string", phone, externalId))
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> valid = (List<Map<String, Object>>) answer.get("valid_contacts");
        assertThat(valid).as(answer.toString()).hasSize(1);
        return ((Number) valid.get(0).get("id")).longValue();
    }

    private WebTestClient.ResponseSpec post(String uri, String json) {
        return send(HttpMethod.POST, uri, json);
    }

    private WebTestClient.ResponseSpec send(HttpMethod method, String uri, String json) {
        return http.method(method).uri(uri).header("Authorization", basic()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json).exchange();
    }

    private WebTestClient.ResponseSpec get(String uri) {
        return http.get().uri(uri).header("Authorization", basic()).exchange();
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + apiKey).getBytes(StandardCharsets.UTF_8));
    }

    private static String contacts(long campaignId) {
        return "/apps/api/v1/outbound_dialer/campaigns/" + campaignId + "/contacts";
    }

    private static String contact(long campaignId) {
        return "/apps/api/v1/outbound_dialer/campaigns/" + campaignId + "/contact";
    }

    private String newAccountKey(String accountLogin) {
        Map<String, Object> account = http.post().uri("/api/v1/accounts").header("X-Admin-Token", "test-admin")
                .bodyValue(Map.of("login", accountLogin)).exchange().expectStatus().isCreated()
                .expectBody(MAP).returnResult().getResponseBody();
        Map<String, Object> key = http.post().uri("/api/v1/accounts/" + account.get("id") + "/api-keys").header("X-Admin-Token", "test-admin")
                .bodyValue(Map.of("label", "it")).exchange().expectStatus().isCreated()
                .expectBody(MAP).returnResult().getResponseBody();
        return (String) key.get("key");
    }

    private long createCampaign(String key) {
        Map<String, Object> created = http.post().uri("/api/v1/campaigns").header("X-API-Key", key)
                .bodyValue(Map.of("name", "contacts IT", "channel", "voice", "country", "US"))
                .exchange().expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();
        return ((Number) created.get("id")).longValue();
    }
}
