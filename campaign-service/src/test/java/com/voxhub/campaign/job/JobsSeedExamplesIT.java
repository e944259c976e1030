package com.voxhub.campaign.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.events.campaign.JobChanged;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seed 002's single-job endpoints with the seed's own example requests: POST, GET one, GET list, PATCH. */
class JobsSeedExamplesIT extends JobsApiTestSupport {

    static final Map<String, Object> SEED_POST = Map.of(
            "data", Map.of("some_property", "some value"),
            "email", "simon.dupont@example.com",
            "name", "Simon Dupont",
            "numbers", List.of("0123456789", "0612345678"),
            "reference", "1234567",
            "url", "https://crm.example.com/customers/1234567",
            "value", 123.45);

    @Test
    void shouldAnswerTheSeedPostExampleWith201AndTheDocumentedJob() {
        long campaign = createCampaign(apiKey, "voice");

        Map<String, Object> job = jobsPost("/j/jobs", withCampaign(SEED_POST, campaign)).exchange()
                .expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();

        assertThat(job).containsEntry("address_lines", List.of()).containsEntry("appointment", null)
                .containsEntry("campaign", (int) campaign).containsEntry("city", null).containsEntry("country", null)
                .containsEntry("data", Map.of("some_property", "some value"))
                .containsEntry("email", "simon.dupont@example.com").containsEntry("label", null)
                .containsEntry("name", "Simon Dupont").containsEntry("numbers", List.of("+33123456789", "+33612345678"))
                .containsEntry("postal_code", null).containsEntry("reference", "1234567").containsEntry("state", 0)
                .containsEntry("url", "https://crm.example.com/customers/1234567").containsEntry("value", 123.45)
                .containsKeys("id", "created_at");
        assertThat(job.keySet()).containsExactlyInAnyOrder("address_lines", "appointment", "campaign", "city", "country",
                "created_at", "data", "email", "id", "label", "name", "numbers", "postal_code", "reference", "state", "url", "value");
    }

    @Test
    void shouldRetrieveAJobAndListItByCampaignAsTheSeedShows() {
        long campaign = createCampaign(apiKey, "voice");
        Map<String, Object> created = jobsPost("/j/jobs", withCampaign(SEED_POST, campaign)).exchange()
                .expectBody(MAP).returnResult().getResponseBody();

        Map<String, Object> one = http.get().uri("/j/jobs/" + created.get("id")).header("Authorization", "Bearer " + apiKey)
                .exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
        List<Map<String, Object>> list = http.get().uri("/j/jobs?campaign=" + campaign).header("Authorization", "Bearer " + apiKey)
                .exchange().expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();

        assertThat(one).isEqualTo(created);
        assertThat(list).containsExactly(created);
    }

    @Test
    void shouldListJobsModifiedInThePast48HoursAndRefuseOlderMoments() {
        long campaign = createCampaign(apiKey, "sms");
        Instant before = Instant.now().minusSeconds(5);
        long jobId = createJob(apiKey, campaign, "recent");

        List<Map<String, Object>> recent = http.get().uri(b -> b.path("/j/jobs").queryParam("modified_since", before.toString()).build())
                .header("Authorization", "Bearer " + apiKey).exchange()
                .expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();
        assertThat(recent).extracting(j -> ((Number) j.get("id")).longValue()).containsExactly(jobId);

        http.get().uri(b -> b.path("/j/jobs").queryParam("modified_since", Instant.now().minus(49, ChronoUnit.HOURS).toString()).build())
                .header("Authorization", "Bearer " + apiKey).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.modified_since[0]").isEqualTo("Ensure this value is within the past 48 hours.");
        http.get().uri("/j/jobs?modified_since=yesterday").header("Authorization", "Bearer " + apiKey).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.modified_since[0]").exists();
        http.get().uri("/j/jobs").header("Authorization", "Bearer " + apiKey).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.campaign[0]").exists();
    }

    @Test
    void shouldPatchOnlyTheGivenFieldsRenormalizeNumbersAndAnnounceTheChange() {
        long campaign = createCampaign(apiKey, "voice");
        Map<String, Object> created = jobsPost("/j/jobs", withCampaign(SEED_POST, campaign)).exchange()
                .expectBody(MAP).returnResult().getResponseBody();
        long id = ((Number) created.get("id")).longValue();

        Map<String, Object> patched = http.patch().uri("/j/jobs/" + id).header("Authorization", "Bearer " + apiKey)
                .bodyValue(Map.of("numbers", List.of("06 23 45 67 89"), "city", "Paris")).exchange()
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();

        Map<String, Object> expected = new java.util.HashMap<>(created);
        expected.put("numbers", List.of("+33623456789"));
        expected.put("city", "Paris");
        assertThat(patched).isEqualTo(expected);
        JobChanged changed = (JobChanged) awaitRecords(jobsTopic(), campaign, r -> r instanceof JobChanged, 1).get(0);
        assertThat(changed.getJobId()).isEqualTo(id);
        assertThat(changed.getNumbers()).containsExactly("+33623456789");
        assertThat(changed.getCity()).isEqualTo("Paris");
        assertThat(changed.getName()).isEqualTo("Simon Dupont");
    }

    @Test
    void shouldRefuseAPatchThatBreaksAFieldAndChangeNothing() {
        long campaign = createCampaign(apiKey, "voice");
        long id = createJob(apiKey, campaign, "keep-me");

        http.patch().uri("/j/jobs/" + id).header("Authorization", "Bearer " + apiKey)
                .bodyValue(Map.of("numbers", List.of("12"), "name", "Changed")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.numbers[0]").isEqualTo("Enter a valid phone number.");
        http.patch().uri("/j/jobs/" + id).header("Authorization", "Bearer " + apiKey)
                .bodyValue(Map.of("campaign", campaign + 1000)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.campaign[0]").exists();
        http.patch().uri("/j/jobs/999999999").header("Authorization", "Bearer " + apiKey).bodyValue(Map.of("name", "x")).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.detail").isEqualTo("Not found.");

        assertThat(jdbc.sql("select count(*) from job where id = ? and name is null and numbers = '{+33612345678}'")
                .param(id).query(Long.class).single()).as("the job is unchanged").isEqualTo(1);
    }

    static Map<String, Object> withCampaign(Map<String, Object> body, long campaign) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(body);
        copy.put("campaign", campaign);
        return copy;
    }
}
