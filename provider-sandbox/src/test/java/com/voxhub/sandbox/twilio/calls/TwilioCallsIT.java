package com.voxhub.sandbox.twilio.calls;

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
import org.springframework.util.MultiValueMap;

class TwilioCallsIT extends SandboxIntegrationTest {

    private static final String CALLS = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Calls.json";

    @Test
    void shouldDetectAMachineReportAnsweredByAndStillFetchTheTwimlForAVoicemail() {
        String callback = "/twilio/calls?ref=call-it-machine";
        String twiml = "/twiml?ref=call-it-machine";
        MultiValueMap<String, String> request = form("To", "+15557770003", "From", "+15550001111",
                "Url", RECEIVER.url(twiml), "MachineDetection", "DetectMessageEnd",
                "StatusCallback", RECEIVER.url(callback), "StatusCallbackEvent", "initiated",
                "StatusCallbackEvent", "ringing", "StatusCallbackEvent", "answered", "StatusCallbackEvent", "completed");

        Map<String, Object> created = post(client, CALLS, ACCOUNT_SID, AUTH_TOKEN, request)
                .expectStatus().isCreated().expectBody(JSON_MAP).returnResult().getResponseBody();
        String sid = (String) created.get("sid");
        assertThat(sid).matches("CA[0-9a-f]{32}");
        assertThat(created).containsEntry("status", "queued").containsEntry("direction", "outbound-api");

        List<Received> callbacks = await().atMost(Duration.ofSeconds(10))
                .until(() -> RECEIVER.at(callback), list -> list.size() == 4);
        assertThat(callbacks).extracting(r -> r.form().get("CallStatus"))
                .containsExactly("initiated", "ringing", "in-progress", "completed");
        assertThat(callbacks).extracting(r -> r.form().get("SequenceNumber")).containsExactly("0", "1", "2", "3");
        assertThat(callbacks).allSatisfy(r -> {
            assertSigned(RECEIVER, r, AUTH_TOKEN);
            assertThat(r.form()).containsEntry("CallSid", sid).containsEntry("AccountSid", ACCOUNT_SID)
                    .containsEntry("CallbackSource", "call-progress-events").containsEntry("ApiVersion", "2010-04-01")
                    .containsKey("Timestamp");
        });
        assertThat(callbacks.get(2).form()).containsEntry("AnsweredBy", "machine_start");
        assertThat(callbacks.get(3).form()).containsEntry("AnsweredBy", "machine_end_beep")
                .containsKey("CallDuration").containsKey("Duration");

        Received fetch = RECEIVER.at(twiml).get(0);
        assertSigned(RECEIVER, fetch, AUTH_TOKEN);
        assertThat(fetch.form()).containsEntry("CallStatus", "in-progress")
                .containsEntry("AnsweredBy", "machine_end_beep").containsEntry("CallSid", sid);
        assertThat(RECEIVER.at("/gather?ref=g1")).noneMatch(r -> sid.equals(r.form().get("CallSid")));

        client.get().uri("/sandbox/v1/requests?channel=voice&reference=call-it-machine").exchange()
                .expectBody()
                .jsonPath("$.requests[0].providerId").isEqualTo(sid)
                .jsonPath("$.requests[0].callInstructions.machineDetection").isEqualTo("DetectMessageEnd")
                .jsonPath("$.requests[0].callInstructions.documents[0].verbs[0].verb").isEqualTo("Say")
                .jsonPath("$.requests[0].callInstructions.documents[0].verbs[1].verb").isEqualTo("Gather");
        client.get().uri("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Calls/" + sid + ".json")
                .headers(h -> h.setBasicAuth(ACCOUNT_SID, AUTH_TOKEN)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("completed")
                .jsonPath("$.answered_by").isEqualTo("machine_end_beep");
    }

    @Test
    void shouldLetAHumanPressOneOnAGather() {
        String callback = "/twilio/calls?ref=call-it-human";

        String sid = (String) post(client, CALLS, ACCOUNT_SID, AUTH_TOKEN, form("To", "+15557770000",
                "From", "+15550001111", "Url", RECEIVER.url("/twiml?ref=call-it-human"), "MachineDetection", "Enable",
                "StatusCallback", RECEIVER.url(callback)))
                .expectStatus().isCreated().expectBody(JSON_MAP).returnResult().getResponseBody().get("sid");

        Received completed = await().atMost(Duration.ofSeconds(10))
                .until(() -> RECEIVER.at(callback), list -> list.size() == 1).get(0);
        assertThat(completed.form()).containsEntry("CallStatus", "completed").containsEntry("AnsweredBy", "human");
        assertThat(Integer.parseInt(completed.form().get("CallDuration"))).isPositive();
        Received gather = RECEIVER.at("/gather?ref=g1").stream()
                .filter(r -> sid.equals(r.form().get("CallSid"))).findFirst().orElseThrow();
        assertSigned(RECEIVER, gather, AUTH_TOKEN);
        assertThat(gather.form()).containsEntry("Digits", "1");
    }

    @Test
    void shouldEndABusyNumberWithoutFetchingTwiml() {
        String callback = "/twilio/calls?ref=call-it-busy";

        post(client, CALLS, ACCOUNT_SID, AUTH_TOKEN, form("To", "+15557770001", "From", "+15550001111",
                "Url", RECEIVER.url("/twiml?ref=call-it-busy"), "StatusCallback", RECEIVER.url(callback)))
                .expectStatus().isCreated();

        Received completed = await().atMost(Duration.ofSeconds(10))
                .until(() -> RECEIVER.at(callback), list -> list.size() == 1).get(0);
        assertThat(completed.form()).containsEntry("CallStatus", "busy").containsEntry("CallDuration", "0");
        assertThat(RECEIVER.at("/twiml?ref=call-it-busy")).isEmpty();
    }

    @Test
    void shouldRejectAnInvalidNumberSynchronouslyWith21211() {
        post(client, CALLS, ACCOUNT_SID, AUTH_TOKEN, form("To", "+15557770004", "From", "+15550001111",
                "Url", RECEIVER.url("/twiml")))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo(21211).jsonPath("$.status").isEqualTo(400);
    }

    @Test
    void shouldCancelARingingCallThroughTheApi() {
        String callback = "/twilio/calls?ref=call-it-cancel";
        String sid = (String) post(client, CALLS, ACCOUNT_SID, AUTH_TOKEN, form("To", "+15557770005",
                "From", "+15550001111", "Url", RECEIVER.url("/twiml?ref=call-it-cancel"),
                "StatusCallback", RECEIVER.url(callback), "StatusCallbackEvent", "ringing",
                "StatusCallbackEvent", "completed"))
                .expectStatus().isCreated().expectBody(JSON_MAP).returnResult().getResponseBody().get("sid");
        await().atMost(Duration.ofSeconds(5)).until(() -> RECEIVER.at(callback), list -> list.size() == 1);

        post(client, "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Calls/" + sid + ".json", ACCOUNT_SID, AUTH_TOKEN,
                form("Status", "canceled"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("canceled");

        List<Received> callbacks = await().atMost(Duration.ofSeconds(5))
                .until(() -> RECEIVER.at(callback), list -> list.size() == 2);
        assertThat(callbacks.get(1).form()).containsEntry("CallStatus", "canceled");
        assertThat(RECEIVER.at("/twiml?ref=call-it-cancel")).isEmpty();
    }

    @Test
    void shouldListCallsToANumberSinceADaySoALostAnswerCanBeReconciled() {
        String sid = (String) post(client, CALLS, ACCOUNT_SID, AUTH_TOKEN, form("To", "+15557771234",
                "From", "+15550001111", "Url", RECEIVER.url("/twiml?ref=call-it-list"),
                "StatusCallback", RECEIVER.url("/twilio/calls?ref=call-it-list")))
                .expectStatus().isCreated().expectBody(JSON_MAP).returnResult().getResponseBody().get("sid");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

        client.get().uri(CALLS + "?To={to}&StartTime%3E={day}&PageSize=100", "+15557771234", today)
                .headers(h -> h.setBasicAuth(ACCOUNT_SID, AUTH_TOKEN)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.calls.length()").isEqualTo(1)
                .jsonPath("$.calls[0].sid").isEqualTo(sid)
                .jsonPath("$.next_page_uri").doesNotExist();
        client.get().uri(CALLS + "?To={to}&StartTime%3E={day}", "+15557779999", today)
                .headers(h -> h.setBasicAuth(ACCOUNT_SID, AUTH_TOKEN)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.calls.length()").isEqualTo(0);
    }
}
