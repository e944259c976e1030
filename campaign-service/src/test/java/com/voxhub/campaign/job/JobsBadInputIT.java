package com.voxhub.campaign.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Bad input of every kind on /j: the seed's DRF shape, and nothing stored or announced. */
class JobsBadInputIT extends JobsApiTestSupport {

    @Test
    void shouldAnswerMalformedJsonWithDetailAndStoreNothing() {
        long campaign = createCampaign(apiKey, "sms");
        Instant before = Instant.now();

        for (String uri : List.of("/j/jobs", "/j/jobs/bulk/create", "/j/jobs/bulk/patch", "/j/jobs/bulk/unqueue")) {
            http.post().uri(uri).header("Authorization", "Bearer " + apiKey).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"campaign\": " + campaign + ", \"numbers\": [").exchange()
                    .expectStatus().isBadRequest().expectBody().jsonPath("$.detail").isEqualTo("Malformed JSON request body");
        }
        assertNothingChanged(campaign, before);
    }

    @Test
    void shouldNameTheFieldOfAWrongTypeAsDjangoRestFrameworkDoes() {
        long campaign = createCampaign(apiKey, "sms");
        Instant before = Instant.now();

        expectFieldError(Map.of("campaign", "28x"), "campaign", "A valid integer is required.");
        expectFieldError(Map.of("campaign", campaign, "numbers", "0612345678"), "numbers", "Expected a list of items.");
        expectFieldError(Map.of("campaign", campaign, "numbers", List.of("0612345678"), "data", "text"), "data", "Expected a dictionary of items.");
        expectFieldError(Map.of("campaign", campaign, "numbers", List.of("0612345678"), "value", "lots"), "value", "A valid number is required.");
        expectFieldError(Map.of("campaign", campaign, "numbers", List.of("0612345678"), "appointment", "tomorrow"), "appointment",
                "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].");
        jobsPost("/j/jobs", List.of(1, 2)).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.non_field_errors[0]").isEqualTo("Invalid data. Expected a dictionary, but got list.");
        assertNothingChanged(campaign, before);
    }

    @Test
    void shouldRefuseInvalidPhonesEmailsAndOversizedFields() {
        long campaign = createCampaign(apiKey, "sms");
        Instant before = Instant.now();

        expectFieldError(Map.of("campaign", campaign, "numbers", List.of("0612")), "numbers", "Enter a valid phone number.");
        expectFieldError(Map.of("campaign", campaign, "numbers", List.of("+1 999 999 9999")), "numbers", "Enter a valid phone number.");
        expectFieldError(Map.of("campaign", campaign, "numbers", List.of()), "numbers", "This field is required for a sms campaign.");
        expectFieldError(Map.of("campaign", campaign, "numbers", List.of("0612345678"), "email", "simon@"), "email", "Enter a valid email address.");
        expectFieldError(Map.of("campaign", campaign, "numbers", List.of("0612345678"), "name", "n".repeat(256)), "name",
                "Ensure this field has no more than 255 characters.");
        expectFieldError(Map.of("campaign", campaign, "numbers", java.util.Collections.nCopies(11, "0612345678")), "numbers",
                "Ensure this field has no more than 10 elements.");
        expectFieldError(Map.of("campaign", campaign, "numbers", List.of("0612345678"), "name", "nul\u0000"), "name",
                "Null characters are not allowed.");
        expectFieldError(Map.of("campaign", campaign, "numbers", List.of("0612345678"), "value", 1e15), "value",
                "Ensure that there are no more than 14 digits before the decimal point.");
        assertNothingChanged(campaign, before);
    }

    @Test
    void shouldRefuseABodyOverTheLimitWith413InTheSeedShape() {
        long campaign = createCampaign(apiKey, "sms");
        Instant before = Instant.now();
        String huge = "[" + ("{\"campaign\":" + campaign + ",\"name\":\"" + "x".repeat(2000) + "\"},").repeat(1100) + "{}]";

        http.post().uri("/j/jobs/bulk/create").header("Authorization", "Bearer " + apiKey).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(huge).exchange()
                .expectStatus().isEqualTo(413).expectBody().jsonPath("$.detail").isEqualTo("Request body is too large");
        assertNothingChanged(campaign, before);
    }

    private void expectFieldError(Map<String, Object> body, String field, String message) {
        jobsPost("/j/jobs", body).exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$." + field + "[0]").isEqualTo(message);
        List<Map<String, Object>> bulk = jobsPost("/j/jobs/bulk/create", List.of(body)).exchange()
                .expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();
        assertThat(bulk.get(0)).containsEntry("status_code", 400).containsEntry("data", Map.of(field, List.of(message)));
    }

    private void assertNothingChanged(long campaign, Instant before) {
        assertThat(jobCount(campaign)).as("no job stored").isZero();
        assertThat(outboxRowsSince(before)).as("nothing announced on campaign.jobs").isZero();
    }
}
