package com.voxhub.sandbox.twilio.messages;

import static com.voxhub.sandbox.twilio.TwilioRequests.assertSigned;
import static com.voxhub.sandbox.twilio.TwilioRequests.form;
import static com.voxhub.sandbox.twilio.TwilioRequests.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voxhub.sandbox.CallbackReceiver.Received;
import com.voxhub.sandbox.SandboxIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioMessagesIT extends SandboxIntegrationTest {

    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

    @Test
    void shouldAcceptAnSmsAndReportQueuedSentDeliveredInSignedCallbacks() {
        String callback = "/twilio/messages?ref=msg-it-1";

        Map<String, Object> created = post(client, MESSAGES, ACCOUNT_SID, AUTH_TOKEN, form("To", "+15557770000",
                "From", "+15550001111", "Body", "Your code is 1234", "StatusCallback", RECEIVER.url(callback)))
                .expectStatus().isCreated()
                .expectBody(JSON_MAP).returnResult().getResponseBody();

        String sid = (String) created.get("sid");
        assertThat(sid).matches("SM[0-9a-f]{32}");
        assertThat(created).containsEntry("status", "queued").containsEntry("num_segments", "1")
                .containsEntry("price", null).containsEntry("error_code", null)
                .containsEntry("direction", "outbound-api").containsEntry("api_version", "2010-04-01")
                .containsEntry("uri", "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + sid + ".json");
        assertThat((String) created.get("date_created"))
                .matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000");

        List<Received> callbacks = await().atMost(Duration.ofSeconds(10))
                .until(() -> RECEIVER.at(callback), list -> list.size() == 3);
        assertThat(callbacks).extracting(r -> r.form().get("MessageStatus")).containsExactly("queued", "sent", "delivered");
        assertThat(callbacks).allSatisfy(r -> {
            assertSigned(RECEIVER, r, AUTH_TOKEN);
            assertThat(r.form()).containsEntry("MessageSid", sid).containsEntry("SmsSid", sid)
                    .containsEntry("AccountSid", ACCOUNT_SID).containsEntry("To", "+15557770000")
                    .containsEntry("From", "+15550001111").containsEntry("ApiVersion", "2010-04-01")
                    .containsEntry("SmsStatus", r.form().get("MessageStatus"));
        });

        client.get().uri("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + sid + ".json")
                .headers(h -> h.setBasicAuth(ACCOUNT_SID, AUTH_TOKEN))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("delivered").jsonPath("$.date_sent").isNotEmpty();
    }

    @Test
    void shouldReportAnUnreachableHandsetAsUndeliveredWith30003() {
        String callback = "/twilio/messages?ref=msg-it-undelivered";

        post(client, MESSAGES, ACCOUNT_SID, AUTH_TOKEN, form("To", "+15557770006", "From", "+15550001111",
                "Body", "hello", "StatusCallback", RECEIVER.url(callback))).expectStatus().isCreated();

        List<Received> callbacks = await().atMost(Duration.ofSeconds(10))
                .until(() -> RECEIVER.at(callback), list -> list.size() == 3);
        assertThat(callbacks.get(2).form()).containsEntry("MessageStatus", "undelivered")
                .containsEntry("ErrorCode", "30003");
    }

    @Test
    void shouldRejectAnInvalidNumberSynchronouslyWith21211() {
        post(client, MESSAGES, ACCOUNT_SID, AUTH_TOKEN, form("To", "+15557770004", "From", "+15550001111",
                "Body", "hello"))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo(21211)
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.more_info").isEqualTo("https://www.twilio.com/docs/errors/21211")
                .jsonPath("$.message").isNotEmpty();
    }

    @Test
    void shouldRequireATo() {
        post(client, MESSAGES, ACCOUNT_SID, AUTH_TOKEN, form("From", "+15550001111", "Body", "hello"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo(21604);
    }

    @Test
    void shouldAnswer401With20003ForWrongCredentials() {
        post(client, MESSAGES, ACCOUNT_SID, "not-the-token", form("To", "+15557770000", "From", "+15550001111",
                "Body", "hello"))
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo(20003).jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void shouldRetryACallbackAnswered500UntilItIsAccepted() {
        RECEIVER.failNext("/twilio/flaky", 2);
        String callback = "/twilio/flaky?ref=msg-it-retry";

        String sid = (String) post(client, MESSAGES, ACCOUNT_SID, AUTH_TOKEN, form("To", "+15557770000",
                "From", "+15550001111", "Body", "hello", "StatusCallback", RECEIVER.url(callback)))
                .expectStatus().isCreated()
                .expectBody(JSON_MAP).returnResult().getResponseBody().get("sid");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                client.get().uri("/sandbox/v1/callbacks?providerId=" + sid).exchange()
                        .expectBody()
                        .jsonPath("$.callbacks[0].summary").isEqualTo("queued")
                        .jsonPath("$.callbacks[0].attempts").isEqualTo(3)
                        .jsonPath("$.callbacks[0].httpStatus").isEqualTo(200)
                        .jsonPath("$.callbacks[2].summary").isEqualTo("delivered"));
        assertThat(RECEIVER.at(callback)).extracting(r -> r.form().get("MessageStatus"))
                .containsExactly("queued", "queued", "queued", "sent", "delivered");
    }
}
