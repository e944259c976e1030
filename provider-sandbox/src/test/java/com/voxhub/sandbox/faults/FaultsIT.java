package com.voxhub.sandbox.faults;

import static com.voxhub.sandbox.twilio.TwilioRequests.form;
import static com.voxhub.sandbox.twilio.TwilioRequests.post;

import com.voxhub.sandbox.SandboxIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class FaultsIT extends SandboxIntegrationTest {

    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

    @AfterEach
    void resetFaults() {
        client.delete().uri("/sandbox/v1/faults").exchange().expectStatus().isOk();
    }

    @Test
    void shouldFailTheNextRequestWith503ThenSucceed() {
        putFaults("{\"channel\":\"sms\",\"failNext\":1,\"failWith\":\"unavailable\"}");

        sendSms("fault-503").expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.code").isEqualTo(20503).jsonPath("$.status").isEqualTo(503);
        sendSms("fault-503").expectStatus().isCreated();

        client.get().uri("/sandbox/v1/requests?channel=sms&reference=fault-503").exchange()
                .expectBody()
                .jsonPath("$.count").isEqualTo(2)
                .jsonPath("$.requests[0].httpStatus").isEqualTo(503)
                .jsonPath("$.requests[1].httpStatus").isEqualTo(201);
    }

    @Test
    void shouldThrottleWith429AndRetryAfterInEachVendorsShape() {
        putFaults("{\"channel\":\"all\",\"throttleRate\":1.0,\"retryAfterSeconds\":7}");

        sendSms("fault-429").expectStatus().isEqualTo(429)
                .expectHeader().valueEquals("Retry-After", "7")
                .expectBody().jsonPath("$.code").isEqualTo(20429);
        client.post().uri("/v3/mail/send").header("Authorization", "Bearer SG.sandbox-key")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals("Retry-After", "7")
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("too many requests");
    }

    @Test
    void shouldHoldATimedOutRequestThenAnswer504() {
        putFaults("{\"channel\":\"sms\",\"failNext\":1,\"failWith\":\"timeout\"}");
        Instant start = Instant.now();

        sendSms("fault-timeout").expectStatus().isEqualTo(504);

        Assertions.assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void shouldAddLatencyToEveryRequest() {
        putFaults("{\"channel\":\"sms\",\"latencyMs\":400}");
        Instant start = Instant.now();

        sendSms("fault-latency").expectStatus().isCreated();

        Assertions.assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void shouldShowTheSettingsAndRejectImpossibleRates() {
        putFaults("{\"channel\":\"voice\",\"serverErrorRate\":0.25,\"latencyMs\":10}");

        client.get().uri("/sandbox/v1/faults").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.voice.serverErrorRate").isEqualTo(0.25)
                .jsonPath("$.voice.latencyMs").isEqualTo(10)
                .jsonPath("$.sms.serverErrorRate").isEqualTo(0.0);
        client.put().uri("/sandbox/v1/faults").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"serverErrorRate\":0.8,\"throttleRate\":0.5}").exchange()
                .expectStatus().isBadRequest();
    }

    private void putFaults(String body) {
        client.put().uri("/sandbox/v1/faults").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec sendSms(String reference) {
        return post(client, MESSAGES, ACCOUNT_SID, AUTH_TOKEN, form("To", "+15557770000", "From", "+15550001111",
                "Body", "hello", "StatusCallback", RECEIVER.url("/twilio/messages?ref=" + reference)));
    }
}
