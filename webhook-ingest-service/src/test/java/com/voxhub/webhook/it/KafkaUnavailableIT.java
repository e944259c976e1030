package com.voxhub.webhook.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.platform.test.TestPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Kafka at an address where nothing listens: no callback may be acknowledged. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=127.0.0.1:9",
        "voxhub.kafka.create-topics=false",
        "management.health.kafka.enabled=false",
        "voxhub.webhooks.publish-timeout=1s",
        "voxhub.twilio.auth-token=" + SignedCallbacks.AUTH_TOKEN,
        "voxhub.webhooks.public-base-url=" + SignedCallbacks.PUBLIC_BASE_URL})
class KafkaUnavailableIT {

    private static final SignedCallbacks SIGN = new SignedCallbacks();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, TestPostgres.freshDatabase("webhook"));
    }

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;

    @Test
    void whenKafkaDoesNotAcknowledgeThenTheGatewayIsToldToRetry() {
        WebTestClient http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(10)).build();
        String path = "/webhooks/twilio/messages?ref=msg-1";
        String form = "MessageSid=SM1&MessageStatus=delivered";

        http.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("X-Twilio-Signature", SIGN.twilio(path, form))
                .bodyValue(form).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.error").isEqualTo("unavailable");

        assertThat(meters.counter("webhook.refused", "provider", "twilio", "reason", "unavailable").count())
                .isEqualTo(1);
    }
}
