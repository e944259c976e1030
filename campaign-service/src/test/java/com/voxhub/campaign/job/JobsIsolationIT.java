package com.voxhub.campaign.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every /j endpoint, called by another account on this account's job and campaign: 404, or the seed's 400 field error. */
class JobsIsolationIT extends JobsApiTestSupport {

    @Test
    void shouldHideEveryJobAndCampaignFromAnotherAccount() {
        long campaign = createCampaign(apiKey, "sms");
        long job = createJob(apiKey, campaign, "mine");
        String other = "Bearer " + newAccountKey("other-" + UUID.randomUUID().toString().substring(0, 8));
        Instant before = Instant.now();

        http.get().uri("/j/jobs/" + job).header("Authorization", other).exchange()
                .expectStatus().isNotFound().expectBody().json("{\"detail\":\"Not found.\"}");
        http.get().uri("/j/jobs?campaign=" + campaign).header("Authorization", other).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.detail").exists();
        List<Map<String, Object>> modified = http.get()
                .uri(b -> b.path("/j/jobs").queryParam("modified_since", Instant.now().minusSeconds(3600).toString()).build())
                .header("Authorization", other).exchange().expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();
        assertThat(modified).isEmpty();
        http.patch().uri("/j/jobs/" + job).header("Authorization", other).bodyValue(Map.of("name", "stolen")).exchange()
                .expectStatus().isNotFound();
        http.post().uri("/j/jobs/" + job + "/unqueue").header("Authorization", other).exchange()
                .expectStatus().isNotFound();
        http.post().uri("/j/jobs").header("Authorization", other)
                .bodyValue(Map.of("campaign", campaign, "numbers", List.of("+33612345678"))).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.campaign[0]").isEqualTo("Invalid pk \"" + campaign + "\" - object does not exist.");

        List<Map<String, Object>> created = http.post().uri("/j/jobs/bulk/create").header("Authorization", other)
                .bodyValue(List.of(Map.of("campaign", campaign, "numbers", List.of("+33612345678")))).exchange()
                .expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();
        List<Map<String, Object>> patched = http.post().uri("/j/jobs/bulk/patch").header("Authorization", other)
                .bodyValue(List.of(Map.of("id", job, "name", "stolen"))).exchange()
                .expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();
        List<Map<String, Object>> unqueued = http.post().uri("/j/jobs/bulk/unqueue").header("Authorization", other)
                .bodyValue(List.of(Map.of("id", job))).exchange()
                .expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();

        assertThat(created.get(0)).containsEntry("status_code", 400)
                .containsEntry("data", Map.of("campaign", List.of("Invalid pk \"" + campaign + "\" - object does not exist.")));
        assertThat(patched.get(0)).containsEntry("status_code", 404).containsEntry("data", null);
        assertThat(unqueued.get(0)).containsEntry("status_code", 404).containsEntry("data", null);
        assertThat(jdbc.sql("select count(*) from job where id = ? and state = 0 and name is null").param(job)
                .query(Long.class).single()).as("the job is untouched").isEqualTo(1);
        assertThat(jobCount(campaign)).isEqualTo(1);
        assertThat(campaignStatus(campaign)).isEqualTo("active");
        assertThat(outboxRowsSince(before)).as("nothing announced").isZero();
    }

    @Test
    void shouldRefuseAMissingOrWrongTokenWith403OnEveryEndpoint() {
        for (String uri : List.of("/j/jobs", "/j/jobs/bulk/create", "/j/jobs/bulk/patch", "/j/jobs/bulk/unqueue", "/j/jobs/1/unqueue")) {
            http.post().uri(uri).header("Authorization", "Bearer vh_live_wrong").bodyValue(List.of()).exchange()
                    .expectStatus().isForbidden().expectBody().jsonPath("$.detail").exists();
        }
        http.patch().uri("/j/jobs/1").bodyValue(Map.of()).exchange().expectStatus().isForbidden();
        http.get().uri("/j/jobs?campaign=1").exchange().expectStatus().isForbidden();
    }
}
