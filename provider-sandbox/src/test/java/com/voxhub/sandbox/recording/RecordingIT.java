package com.voxhub.sandbox.recording;

import static com.voxhub.sandbox.twilio.TwilioRequests.form;
import static com.voxhub.sandbox.twilio.TwilioRequests.post;

import com.voxhub.sandbox.SandboxIntegrationTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class RecordingIT extends SandboxIntegrationTest {

    @Test
    void shouldListWhatEachChannelReceivedWithOurReference() {
        Instant before = Instant.now();
        post(client, "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json", ACCOUNT_SID, AUTH_TOKEN,
                form("To", "+15558880000", "From", "+15550001111", "Body", "Recorded text",
                        "StatusCallback", RECEIVER.url("/twilio/messages?ref=rec-sms")))
                .expectStatus().isCreated();
        client.post().uri("/v3/mail/send").header("Authorization", "Bearer SG.sandbox-key")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"personalizations":[{"to":[{"email":"rec@example.com"}]}],"from":{"email":"a@voxhub.test"},
                         "subject":"Recorded subject","content":[{"type":"text/plain","value":"Recorded body"}],
                         "custom_args":{"reference":"rec-mail"}}
                        """)
                .exchange().expectStatus().isAccepted();

        client.get().uri("/sandbox/v1/requests?channel=sms&to=+15558880000&since=" + before).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.count").isEqualTo(1)
                .jsonPath("$.requests[0].channel").isEqualTo("sms")
                .jsonPath("$.requests[0].destination").isEqualTo("+15558880000")
                .jsonPath("$.requests[0].body").isEqualTo("Recorded text")
                .jsonPath("$.requests[0].reference").isEqualTo("rec-sms")
                .jsonPath("$.requests[0].providerId").isNotEmpty()
                .jsonPath("$.requests[0].httpStatus").isEqualTo(201)
                .jsonPath("$.requests[0].receivedAt").isNotEmpty();
        client.get().uri("/sandbox/v1/requests?channel=email&reference=rec-mail").exchange()
                .expectBody()
                .jsonPath("$.count").isEqualTo(1)
                .jsonPath("$.requests[0].destination").isEqualTo("rec@example.com")
                .jsonPath("$.requests[0].body.subject").isEqualTo("Recorded subject")
                .jsonPath("$.requests[0].body.text").isEqualTo("Recorded body")
                .jsonPath("$.requests[0].httpStatus").isEqualTo(202);
        client.get().uri("/sandbox/v1/requests?since=not-a-time").exchange().expectStatus().isBadRequest();
    }
}
