package com.voxhub.campaign;

import com.voxhub.campaign.job.JobsApiTestSupport;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Idempotency-Key on the POSTs of campaign-service's surfaces: replay, 422 in each surface's shape, per account. */
class IdempotencyKeyIT extends JobsApiTestSupport {

    @Test
    void shouldCreateOneJobForARetriedPostAndReplayTheFirstAnswer() {
        long campaign = createCampaign(apiKey, "sms");
        Map<String, Object> body = Map.of("campaign", campaign, "reference", "once", "numbers", List.of("0612345678"));

        EntityExchangeResult<String> first = jobsPost("/j/jobs", body).header("Idempotency-Key", "job-once").exchange()
                .expectStatus().isCreated().expectBody(String.class).returnResult();
        EntityExchangeResult<String> retry = jobsPost("/j/jobs", body).header("Idempotency-Key", "job-once").exchange()
                .expectStatus().isCreated().expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(String.class).returnResult();

        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(jobCount(campaign)).isEqualTo(1);
    }

    @Test
    void shouldAnswer422InEachSurfacesShapeWhenAKeyComesBackWithAnotherBody() {
        long campaign = createCampaign(apiKey, "sms");
        jobsPost("/j/jobs", Map.of("campaign", campaign, "numbers", List.of("0612345678"))).header("Idempotency-Key", "k")
                .exchange().expectStatus().isCreated();
        jobsPost("/j/jobs", Map.of("campaign", campaign, "numbers", List.of("0612345679"))).header("Idempotency-Key", "k")
                .exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.detail").isEqualTo("This Idempotency-Key was already used with a different request.");

        http.post().uri("/api/v1/campaigns").header("X-API-Key", apiKey).header("Idempotency-Key", "c")
                .bodyValue(Map.of("name", "A", "channel", "sms")).exchange().expectStatus().isCreated();
        http.post().uri("/api/v1/campaigns").header("X-API-Key", apiKey).header("Idempotency-Key", "c")
                .bodyValue(Map.of("name", "B", "channel", "sms")).exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.error.code").isEqualTo("idempotency_key_reused");
        assertThat(jobCount(campaign)).isEqualTo(1);
    }

    @Test
    void shouldReplayABulkAnswerAndKeepAccountsApart() {
        long campaign = createCampaign(apiKey, "sms");
        List<Map<String, Object>> body = List.of(Map.of("campaign", campaign, "reference", "b1", "numbers", List.of("0612345678")));

        String first = jobsPost("/j/jobs/bulk/create", body).header("Idempotency-Key", "bulk-1").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        String again = jobsPost("/j/jobs/bulk/create", body).header("Idempotency-Key", "bulk-1").exchange()
                .expectStatus().isOk().expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(again).isEqualTo(first).contains("\"status_code\":201");

        String otherKey = newAccountKey("idem-" + UUID.randomUUID().toString().substring(0, 8));
        long otherCampaign = createCampaign(otherKey, "sms");
        http.post().uri("/j/jobs").header("Authorization", "Bearer " + otherKey).header("Idempotency-Key", "bulk-1")
                .bodyValue(Map.of("campaign", otherCampaign, "numbers", List.of("0612345678"))).exchange()
                .expectStatus().isCreated().expectHeader().doesNotExist("Idempotent-Replayed");
        assertThat(jobCount(campaign)).isEqualTo(1);
    }

    @Test
    void shouldExecuteConcurrentDuplicatesOnce() {
        long campaign = createCampaign(apiKey, "sms");
        List<Map<String, Object>> body = java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> Map.<String, Object>of("campaign", campaign, "numbers", List.of("+336%08d".formatted(20_000_000 + i))))
                .toList();

        List<String> answers = Flux.range(0, 4)
                .flatMap(i -> Mono.fromCallable(() -> jobsPost("/j/jobs/bulk/create", body).header("Idempotency-Key", "race")
                        .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                        .subscribeOn(Schedulers.boundedElastic()))
                .collectList().block(Duration.ofSeconds(60));

        assertThat(answers).hasSize(4).containsOnly(answers.get(0));
        assertThat(jobCount(campaign)).isEqualTo(300);
    }
}
