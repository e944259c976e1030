package com.voxhub.campaign.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.events.Topics;
import com.voxhub.events.campaign.JobChanged;
import com.voxhub.events.campaign.JobQueued;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Seed 002's bulk API with the seed's own examples: create, patch, unqueue; per-item results, 1000-item limit. */
class JobsBulkIT extends JobsApiTestSupport {

    @Test
    void shouldAnswerTheSeedBulkCreateExampleWithTwo201ItemsAndQueueBoth() {
        long campaign = createCampaign(apiKey, "voice");
        List<Map<String, Object>> body = List.of(
                JobsSeedExamplesIT.withCampaign(JobsSeedExamplesIT.SEED_POST, campaign),
                JobsSeedExamplesIT.withCampaign(Map.of("data", Map.of("some_property", "other value"),
                        "email", "alice.schmitt@example.com", "name", "Mme. Schmitt", "numbers", List.of("0234567890"),
                        "reference", "2345678", "url", "https://crm.example.com/customers/2345678", "value", 234.56), campaign));

        List<Map<String, Object>> answer = jobsPost("/j/jobs/bulk/create", body).exchange()
                .expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();

        assertThat(answer).extracting(i -> i.get("status_code")).containsExactly(201, 201);
        Map<String, Object> second = data(answer.get(1));
        assertThat(second).containsEntry("numbers", List.of("+33234567890")).containsEntry("name", "Mme. Schmitt")
                .containsEntry("state", 0).containsEntry("address_lines", List.of()).containsEntry("postal_code", null)
                .containsEntry("value", 234.56).containsEntry("campaign", (int) campaign);
        assertThat(data(answer.get(0))).containsEntry("numbers", List.of("+33123456789", "+33612345678"));
        assertThat(awaitRecords(Topics.CAMPAIGN_JOBS, campaign, r -> r instanceof JobQueued, 2))
                .extracting(r -> ((JobQueued) r).getReference().toString()).containsExactlyInAnyOrder("1234567", "2345678");
    }

    @Test
    void shouldLetABadItemFailAloneAndCreateTheOthers() {
        long campaign = createCampaign(apiKey, "sms");
        List<Object> body = List.of(
                Map.of("campaign", campaign, "reference", "ok-1", "numbers", List.of("0612345678")),
                Map.of("campaign", campaign, "reference", "bad-phone", "numbers", List.of("not a phone")),
                Map.of("campaign", campaign, "reference", "ok-1", "numbers", List.of("0612345679")),
                Map.of("campaign", "twenty-eight", "numbers", List.of("0612345678")),
                Map.of("campaign", campaign, "email", "not-an-email", "numbers", List.of("0612345678")),
                "a string",
                Map.of("numbers", List.of("0612345678")),
                Map.of("campaign", campaign, "reference", "ok-2", "numbers", List.of("+33 6 12 34 56 70")));

        List<Map<String, Object>> answer = jobsPost("/j/jobs/bulk/create", body).exchange()
                .expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();

        assertThat(answer).extracting(i -> i.get("status_code")).containsExactly(201, 400, 400, 400, 400, 400, 400, 201);
        assertThat(answer.get(1).get("data")).isEqualTo(Map.of("numbers", List.of("Enter a valid phone number.")));
        assertThat(answer.get(2).get("data")).isEqualTo(Map.of("reference", List.of("A job with this reference already exists in this campaign.")));
        assertThat(answer.get(3).get("data")).isEqualTo(Map.of("campaign", List.of("A valid integer is required.")));
        assertThat(answer.get(4).get("data")).isEqualTo(Map.of("email", List.of("Enter a valid email address.")));
        assertThat(String.valueOf(answer.get(5).get("data"))).contains("non_field_errors");
        assertThat(answer.get(6).get("data")).isEqualTo(Map.of("campaign", List.of("This field is required.")));
        assertThat(jobCount(campaign)).isEqualTo(2);
    }

    @Test
    void shouldAnswerTheSeedBulkPatchExampleWith200200And404() {
        long campaign = createCampaign(apiKey, "voice");
        long first = createJob(apiKey, campaign, "1234567");
        long second = createJob(apiKey, campaign, "2345679");
        long missing = second + 100_000;

        List<Map<String, Object>> answer = jobsPost("/j/jobs/bulk/patch", List.of(
                Map.of("id", first, "numbers", List.of("+33123456789", "+33623456789")),
                Map.of("city", "Fooville", "id", second, "name", "Echo Foxtrot", "postal_code", "12345"),
                Map.of("id", missing, "name", "Doesn't exist!"))).exchange()
                .expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();

        assertThat(answer).extracting(i -> i.get("status_code")).containsExactly(200, 200, 404);
        assertThat(data(answer.get(0))).containsEntry("numbers", List.of("+33123456789", "+33623456789"))
                .containsEntry("reference", "1234567").containsEntry("city", null);
        assertThat(data(answer.get(1))).containsEntry("city", "Fooville").containsEntry("name", "Echo Foxtrot")
                .containsEntry("postal_code", "12345").containsEntry("numbers", List.of("+33612345678"))
                .containsEntry("reference", "2345679");
        assertThat(answer.get(2)).containsEntry("data", null);
        assertThat(awaitRecords(Topics.CAMPAIGN_JOBS, campaign, r -> r instanceof JobChanged, 2))
                .extracting(r -> ((JobChanged) r).getJobId()).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void shouldAnswerTheSeedBulkUnqueueExampleAndDeactivateACampaignLeftWithoutActiveJobs() {
        long campaign = createCampaign(apiKey, "voice");
        long first = createJob(apiKey, campaign, "14");

        List<Map<String, Object>> answer = jobsPost("/j/jobs/bulk/unqueue", List.of(Map.of("id", first), Map.of("id", first + 100_000)))
                .exchange().expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();

        assertThat(answer).extracting(i -> i.get("status_code")).containsExactly(200, 404);
        assertThat(data(answer.get(0))).containsEntry("state", 3).containsEntry("id", (int) first);
        assertThat(answer.get(1)).containsEntry("data", null);
        assertThat(campaignStatus(campaign)).isEqualTo("deactivated");
    }

    @Test
    void shouldCreateAThousandJobsInOneCallAndRefuseAThousandAndOneWithoutStoringAny() {
        long campaign = createCampaign(apiKey, "sms");
        List<Map<String, Object>> thousand = items(campaign, 1000);

        List<Map<String, Object>> answer = jobsPost("/j/jobs/bulk/create", thousand).exchange()
                .expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();
        assertThat(answer).hasSize(1000).allSatisfy(i -> assertThat(i.get("status_code")).isEqualTo(201));
        assertThat(jobCount(campaign)).isEqualTo(1000);
        assertThat(awaitRecords(Topics.CAMPAIGN_JOBS, campaign, r -> r instanceof JobQueued, 1000)).hasSize(1000);

        long other = createCampaign(apiKey, "sms");
        Instant before = Instant.now();
        jobsPost("/j/jobs/bulk/create", items(other, 1001)).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("Ensure this field has no more than 1000 elements.");
        jobsPost("/j/jobs/bulk/create", Map.of("campaign", other)).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("Expected a list of items but got type \"dict\".");
        assertThat(jobCount(other)).isZero();
        assertThat(outboxRowsSince(before)).isZero();
    }

    private static List<Map<String, Object>> items(long campaign, int n) {
        List<Map<String, Object>> items = new ArrayList<>(n);
        IntStream.range(0, n).forEach(i -> items.add(Map.of("campaign", campaign, "reference", "r-" + i,
                "name", "Contact " + i, "numbers", List.of("+336%08d".formatted(10_000_000 + i)))));
        return items;
    }
}
