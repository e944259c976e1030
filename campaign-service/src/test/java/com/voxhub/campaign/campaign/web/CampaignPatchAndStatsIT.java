package com.voxhub.campaign.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.campaign.job.JobsApiTestSupport;
import com.voxhub.events.Topics;
import com.voxhub.events.campaign.CampaignChanged;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Native {@code PATCH /api/v1/campaigns/{id}} and {@code GET /api/v1/campaigns/{id}/stats}. */
class CampaignPatchAndStatsIT extends JobsApiTestSupport {

    @Test
    void shouldPatchOnlyTheGivenFieldsAndAnnounceTheNewSnapshot() {
        long campaign = createCampaign(apiKey, "sms");

        Map<String, Object> patched = http.patch().uri("/api/v1/campaigns/" + campaign).header("X-API-Key", apiKey)
                .bodyValue(Map.of("name", "Renamed", "sms_template", "Hi {{name}}",
                        "calling_window", Map.of("start", "09:00", "end", "18:00", "days", List.of("mon", "tue"))))
                .exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();

        assertThat(patched).containsEntry("name", "Renamed").containsEntry("sms_template", "Hi {{name}}")
                .containsEntry("country", "FR").containsEntry("channel", "sms").containsEntry("status", "active")
                .containsEntry("calling_window", Map.of("start", "09:00", "end", "18:00", "days", List.of("MON", "TUE")));
        CampaignChanged snapshot = (CampaignChanged) awaitRecords(Topics.CAMPAIGN_CAMPAIGNS, campaign,
                r -> ((CampaignChanged) r).getVersion() == 2, 1).get(0);
        assertThat(snapshot.getName()).isEqualTo("Renamed");
        assertThat(snapshot.getSmsTemplate()).isEqualTo("Hi {{name}}");
    }

    @Test
    void shouldValidateAPatchLikeACreateAndChangeNothingWhenItFails() {
        long campaign = createCampaign(apiKey, "sms");

        patch(campaign, Map.of("max_attempts", 0)).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.error.code").isEqualTo("invalid_max_attempts");
        patch(campaign, Map.of("timezone", "Mars/Olympus")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.error.code").isEqualTo("invalid_timezone");
        patch(campaign, Map.of("channel", "voice")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.error.code").isEqualTo("invalid_channel");
        patch(campaign, Map.of("status", "paused")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.error.code").isEqualTo("invalid_status");
        patch(campaign, Map.of("nmae", "typo")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.error.code").isEqualTo("unknown_field");
        patch(campaign, Map.of("max_attempts", "three")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.error.code").isEqualTo("invalid_max_attempts");
        String other = newAccountKey("o-" + UUID.randomUUID().toString().substring(0, 8));
        http.patch().uri("/api/v1/campaigns/" + campaign).header("X-API-Key", other).bodyValue(Map.of("name", "x")).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.error.code").isEqualTo("campaign_not_found");

        assertThat(jdbc.sql("select version from campaign where id = ?").param(campaign).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void shouldCountJobsPerStateContactStatusAndOutcome() {
        long campaign = createCampaign(apiKey, "voice");
        long a = createJob(apiKey, campaign, "a");
        createJob(apiKey, campaign, "b");
        long c = createJob(apiKey, campaign, "c");
        jdbc.sql("update job set state = 2, contact_status = 'Completed' where id = ?").param(a).update();
        http.post().uri("/j/jobs/" + c + "/unqueue").header("Authorization", "Bearer " + apiKey).exchange().expectStatus().isOk();

        Map<String, Object> stats = http.get().uri("/api/v1/campaigns/" + campaign + "/stats").header("X-API-Key", apiKey)
                .exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();

        assertThat(stats).containsEntry("campaign_id", (int) campaign).containsEntry("channel", "voice").containsEntry("total_jobs", 3)
                .containsEntry("by_state", Map.of("queued", 1, "calling", 0, "succeeded", 1, "failed", 1, "cancelled", 0))
                .containsEntry("by_contact_status", Map.of("Completed", 1, "Upcoming", 2))
                .containsEntry("by_outcome", Map.of("pending", 1, "in_progress", 0, "reached", 1, "not_reached", 1, "cancelled", 0));
        String other = newAccountKey("s-" + UUID.randomUUID().toString().substring(0, 8));
        http.get().uri("/api/v1/campaigns/" + campaign + "/stats").header("X-API-Key", other).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.error.code").isEqualTo("campaign_not_found");
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec patch(long campaign, Map<String, Object> body) {
        return http.patch().uri("/api/v1/campaigns/" + campaign).header("X-API-Key", apiKey).bodyValue(body).exchange();
    }
}
