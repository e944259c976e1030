package com.voxhub.sandbox.sendgrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voxhub.sandbox.CallbackReceiver.Received;
import com.voxhub.sandbox.SandboxIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SendGridIT extends SandboxIntegrationTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void shouldAcceptAMailAndPostEventsSignedWithThePublishedVerificationKey() throws Exception {
        String messageId = send("jane.it@example.com", "mail-it-1")
                .expectStatus().isAccepted()
                .expectBody().isEmpty()
                .getResponseHeaders().getFirst("X-Message-Id");
        assertThat(messageId).isNotBlank();

        List<JsonNode> events = eventsFor(messageId, 2);
        assertThat(events).extracting(e -> e.get("event").asString()).containsExactly("processed", "delivered");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("email").asString()).isEqualTo("jane.it@example.com");
            assertThat(e.get("sg_message_id").asString()).startsWith(messageId + ".");
            assertThat(e.get("reference").asString()).isEqualTo("mail-it-1");
            assertThat(e.get("category").asString()).isEqualTo("campaign-3");
            assertThat(e.get("timestamp").isIntegralNumber()).isTrue();
            assertThat(e.get("smtp-id").asString()).isNotBlank();
        });
        assertThat(events.get(0).get("sg_event_id").asString()).isNotEqualTo(events.get(1).get("sg_event_id").asString());

        String published = client.get().uri("/sandbox/v1/sendgrid/verification-key").exchange()
                .expectStatus().isOk().expectBody(JSON_MAP).returnResult().getResponseBody().get("public_key").toString();
        assertThat(Files.readString(KEY_DIR.resolve("sendgrid-verification-key.txt")).trim()).isEqualTo(published);
        assertThat(Files.exists(KEY_DIR.resolve("sendgrid-verification-key.pem"))).isTrue();
        PublicKey key = KeyFactory.getInstance("EC").generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(published)));
        for (Received post : postsFor(messageId)) {
            assertThat(verifies(key, post)).as("event webhook signature").isTrue();
        }
    }

    @Test
    void shouldHardBounceALocalPartStartingWithBounce() {
        String messageId = send("bounce.it@example.com", "mail-it-bounce")
                .expectStatus().isAccepted().expectBody().isEmpty().getResponseHeaders().getFirst("X-Message-Id");

        List<JsonNode> events = eventsFor(messageId, 2);
        assertThat(events).extracting(e -> e.get("event").asString()).containsExactly("processed", "bounce");
        assertThat(events.get(1).get("type").asString()).isEqualTo("bounce");
        assertThat(events.get(1).get("status").asString()).isEqualTo("5.1.1");
        assertThat(events.get(1).get("reason").asString()).isNotBlank();
    }

    @Test
    void shouldOpenAndClickWhenTrackingIsOn() {
        String messageId = send("click.it@example.com", "mail-it-click")
                .expectStatus().isAccepted().expectBody().isEmpty().getResponseHeaders().getFirst("X-Message-Id");

        List<JsonNode> events = eventsFor(messageId, 4);
        assertThat(events).extracting(e -> e.get("event").asString())
                .containsExactly("processed", "delivered", "open", "click");
        assertThat(events.get(2).get("useragent").asString()).isNotBlank();
        assertThat(events.get(3).get("url").asString()).isEqualTo("https://voxhub.test/confirm?c=1");
    }

    @Test
    void shouldAnswer400WithSendGridsErrorsForABadBody() {
        client.post().uri("/v3/mail/send").header("Authorization", "Bearer SG.sandbox-key")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"personalizations\":[{\"to\":[]}],\"from\":{\"email\":\"a@b.co\"},\"subject\":\"s\","
                        + "\"content\":[{\"type\":\"text/plain\",\"value\":\"x\"}]}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("personalizations.0.to")
                .jsonPath("$.errors[0].message").isNotEmpty()
                .jsonPath("$.errors[0].help").isNotEmpty();
    }

    @Test
    void shouldAnswer401ForAWrongApiKey() {
        client.post().uri("/v3/mail/send").header("Authorization", "Bearer SG.wrong")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.errors[0].message")
                .isEqualTo("The provided authorization grant is invalid, expired, or revoked");
    }

    private WebTestClient.ResponseSpec send(String to, String reference) {
        String body = """
                {"personalizations":[{"to":[{"email":"%s","name":"Jane"}],"custom_args":{"reference":"%s"}}],
                 "from":{"email":"noreply@voxhub.test","name":"VoxHub"},"subject":"Your appointment",
                 "content":[{"type":"text/plain","value":"See https://voxhub.test/confirm?c=1"},
                            {"type":"text/html","value":"<a href=\\"https://voxhub.test/confirm?c=1\\">Confirm</a>"}],
                 "categories":["campaign-3"],
                 "tracking_settings":{"open_tracking":{"enable":true},"click_tracking":{"enable":true}}}
                """.formatted(to, reference);
        return client.post().uri("/v3/mail/send").header("Authorization", "Bearer SG.sandbox-key")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private List<Received> postsFor(String messageId) {
        return RECEIVER.at("/sendgrid/events").stream().filter(r -> r.bodyText().contains(messageId)).toList();
    }

    private List<JsonNode> eventsFor(String messageId, int expected) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<JsonNode> events = new ArrayList<>();
            for (Received post : postsFor(messageId)) {
                json.readTree(post.body()).values().forEach(events::add);
            }
            return events;
        }, events -> events.size() == expected);
    }

    private static boolean verifies(PublicKey key, Received post) throws Exception {
        Signature ecdsa = Signature.getInstance("SHA256withECDSA");
        ecdsa.initVerify(key);
        ecdsa.update(post.header("X-Twilio-Email-Event-Webhook-Timestamp").getBytes(StandardCharsets.UTF_8));
        ecdsa.update(post.body());
        return ecdsa.verify(Base64.getDecoder().decode(post.header("X-Twilio-Email-Event-Webhook-Signature")));
    }
}
