package com.voxhub.dialer.provider.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voxhub.dialer.call.domain.AttemptStatus;
import com.voxhub.dialer.call.domain.CallLookup;
import com.voxhub.dialer.call.domain.CallOutcomeUnknownException;
import com.voxhub.dialer.call.domain.CallRejectedException;
import com.voxhub.dialer.call.domain.CallRequest;
import com.voxhub.dialer.call.domain.MachineDetection;
import com.voxhub.dialer.call.domain.PlacedCall;
import com.voxhub.dialer.call.domain.ProviderCall;
import com.voxhub.dialer.call.domain.ProviderUnavailableException;
import com.voxhub.dialer.call.domain.RejectionReason;
import com.voxhub.dialer.provider.twilio.FakeTwilio.Response;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

class TwilioVoiceProviderTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";
    private static final UUID ATTEMPT = UUID.fromString("7d4c1c52-4c7e-4a57-9a8e-6a3b7f0e2d11");

    private final FakeTwilio twilio = FakeTwilio.start();

    @AfterEach
    void stop() {
        twilio.close();
    }

    @Test
    void placesACallWithTheFormTwilioExpects() {
        PlacedCall placed = provider(twilio.baseUrl(), 3, Duration.ofSeconds(5)).place(request(MachineDetection.NONE));

        assertThat(placed.providerCallId()).startsWith("CA");
        assertThat(placed.status()).isEqualTo(AttemptStatus.PLACED);
        FakeTwilio.Request sent = twilio.callRequests().get(0);
        assertThat(sent.path()).isEqualTo("/2010-04-01/Accounts/" + SID + "/Calls.json");
        assertThat(sent.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((SID + ":secret-token").getBytes(StandardCharsets.UTF_8)));
        assertThat(sent.first("To")).isEqualTo("+33612345678");
        assertThat(sent.first("From")).isEqualTo("+15005550006");
        assertThat(sent.first("Url")).isEqualTo("https://dialer.example.com/dialer/twiml/" + ATTEMPT);
        assertThat(sent.first("Method")).isEqualTo("POST");
        assertThat(sent.first("StatusCallback"))
                .isEqualTo("https://hooks.example.com/webhooks/twilio/calls?ref=" + ATTEMPT);
        assertThat(sent.form().get("StatusCallbackEvent")).containsExactly("initiated", "ringing", "answered",
                "completed");
        assertThat(sent.first("Timeout")).isEqualTo("25");
        assertThat(sent.form()).doesNotContainKey("MachineDetection");
    }

    @Test
    void aVoiceMessageAsksToDetectTheEndOfTheGreeting() {
        provider(twilio.baseUrl(), 3, Duration.ofSeconds(5)).place(request(MachineDetection.DETECT_MESSAGE_END));

        assertThat(twilio.callRequests().get(0).first("MachineDetection")).isEqualTo("DetectMessageEnd");
    }

    @Test
    void anInvalidNumberIsRejectedForGoodWithoutRetrying() {
        twilio.respondNext(Response.of(400, "{\"code\":21211,\"message\":\"The 'To' number is not a valid phone "
                + "number.\",\"more_info\":\"https://www.twilio.com/docs/errors/21211\",\"status\":400}"));

        assertThatThrownBy(() -> provider(twilio.baseUrl(), 3, Duration.ofSeconds(5))
                .place(request(MachineDetection.NONE)))
                .isInstanceOfSatisfying(CallRejectedException.class, rejected -> {
                    assertThat(rejected.reason()).isEqualTo(RejectionReason.INVALID_NUMBER);
                    assertThat(rejected.providerCode()).isEqualTo("21211");
                    assertThat(rejected.getMessage()).doesNotContain("+33612345678");
                });
        assertThat(twilio.callRequests()).hasSize(1);
    }

    @Test
    void aRefusedCallerIdIsRejectedAsAnInvalidOutboundNumber() {
        twilio.respondNext(Response.of(400, "{\"code\":21210,\"status\":400}"));

        assertThatThrownBy(() -> provider(twilio.baseUrl(), 3, Duration.ofSeconds(5))
                .place(request(MachineDetection.NONE)))
                .isInstanceOfSatisfying(CallRejectedException.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.INVALID_CALLER_ID));
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheRetryAfterDelay() {
        twilio.respondNext(new Response(429, "{\"code\":20429,\"status\":429}", Map.of("Retry-After", "1"),
                Duration.ZERO));

        PlacedCall placed = provider(twilio.baseUrl(), 3, Duration.ofSeconds(5)).place(request(MachineDetection.NONE));

        assertThat(placed.providerCallId()).startsWith("CA");
        List<FakeTwilio.Request> sent = twilio.callRequests();
        assertThat(sent).hasSize(2);
        assertThat(Duration.between(sent.get(0).receivedAt(), sent.get(1).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aRetryAfterLongerThanAllowedInlineIsReportedForALaterAttempt() {
        twilio.respondNext(new Response(429, "{\"code\":20429,\"status\":429}", Map.of("Retry-After", "120"),
                Duration.ZERO));

        assertThatThrownBy(() -> provider(twilio.baseUrl(), 3, Duration.ofSeconds(5))
                .place(request(MachineDetection.NONE)))
                .isInstanceOfSatisfying(ProviderUnavailableException.class,
                        unavailable -> assertThat(unavailable.retryAfter()).isEqualTo(Duration.ofSeconds(120)));
        assertThat(twilio.callRequests()).hasSize(1);
    }

    @Test
    void serverErrorsAreRetriedThenReportedAsUnavailable() {
        twilio.respondNext(Response.of(503, ""), Response.of(500, "oops"), Response.of(502, ""));

        assertThatThrownBy(() -> provider(twilio.baseUrl(), 3, Duration.ofSeconds(5))
                .place(request(MachineDetection.NONE)))
                .isInstanceOf(ProviderUnavailableException.class);
        assertThat(twilio.callRequests()).hasSize(3);
    }

    @Test
    void aServerErrorFollowedBySuccessPlacesTheCall() {
        twilio.respondNext(Response.of(503, ""));

        assertThat(provider(twilio.baseUrl(), 3, Duration.ofSeconds(5)).place(request(MachineDetection.NONE))
                .providerCallId()).startsWith("CA");
        assertThat(twilio.callRequests()).hasSize(2);
    }

    @Test
    void whenTheAnswerTimesOutTheOutcomeIsUnknownAndTheRequestIsNotSentAgain() {
        twilio.respondNext(new Response(201, "{}", Map.of(), Duration.ofSeconds(2)));

        assertThatThrownBy(() -> provider(twilio.baseUrl(), 3, Duration.ofMillis(300))
                .place(request(MachineDetection.NONE)))
                .isInstanceOf(CallOutcomeUnknownException.class);
        assertThat(twilio.callRequests()).hasSize(1);
    }

    @Test
    void anUnreachableProviderIsUnavailable() {
        String closed = twilio.baseUrl();
        twilio.close();

        assertThatThrownBy(() -> provider(closed, 2, Duration.ofSeconds(1)).place(request(MachineDetection.NONE)))
                .isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndStopsSendingRequests() {
        TwilioVoiceProvider provider = provider(twilio.baseUrl(), 1, Duration.ofSeconds(5));
        for (int i = 0; i < 4; i++) {
            twilio.respondNext(Response.of(503, ""));
            assertThatThrownBy(() -> provider.place(request(MachineDetection.NONE)))
                    .isInstanceOf(ProviderUnavailableException.class);
        }

        assertThatThrownBy(() -> provider.place(request(MachineDetection.NONE)))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("CallNotPermitted");
        assertThat(twilio.callRequests()).hasSize(4);
    }

    @Test
    void lookupFindsACallBySid() {
        twilio.knowCall("CA42", "+33612345678", "in-progress", Instant.now());

        Optional<ProviderCall> call = provider(twilio.baseUrl(), 3, Duration.ofSeconds(5))
                .lookup(new CallLookup(ATTEMPT, "CA42", "+33612345678", Instant.now().minusSeconds(60)));

        assertThat(call).get().satisfies(c -> {
            assertThat(c.providerCallId()).isEqualTo("CA42");
            assertThat(c.status()).isEqualTo(AttemptStatus.ANSWERED);
        });
        assertThat(twilio.requests().get(0).path()).isEqualTo("/2010-04-01/Accounts/" + SID + "/Calls/CA42.json");
    }

    @Test
    void lookupBySidAnswersEmptyWhenTheProviderDoesNotKnowIt() {
        assertThat(provider(twilio.baseUrl(), 3, Duration.ofSeconds(5))
                .lookup(new CallLookup(ATTEMPT, "CA404", "+33612345678", Instant.now()))).isEmpty();
    }

    @Test
    void lookupListsCallsToTheNumberSinceTheIntentAndTakesTheFirstAfterIt() {
        Instant intent = Instant.parse("2026-03-01T10:00:00Z");
        twilio.knowCall("CAold", "+33612345678", "completed", intent.minusSeconds(3600));
        twilio.knowCall("CAother", "+33699999999", "queued", intent.plusSeconds(1));
        twilio.knowCall("CAours", "+33612345678", "ringing", intent.plusSeconds(2));
        twilio.knowCall("CAlater", "+33612345678", "queued", intent.plusSeconds(90));

        Optional<ProviderCall> call = provider(twilio.baseUrl(), 3, Duration.ofSeconds(5))
                .lookup(new CallLookup(ATTEMPT, null, "+33612345678", intent));

        assertThat(call).map(ProviderCall::providerCallId).contains("CAours");
        FakeTwilio.Request list = twilio.requests().get(0);
        assertThat(list.path()).isEqualTo("/2010-04-01/Accounts/" + SID + "/Calls.json");
        assertThat(list.query()).contains("To=%2B33612345678").contains("StartTime%3E=2026-03-01");
    }

    @Test
    void lookupAnswersEmptyWhenNoCallWasCreatedAfterTheIntent() {
        twilio.knowCall("CAold", "+33612345678", "completed", Instant.now().minusSeconds(3600));

        assertThat(provider(twilio.baseUrl(), 3, Duration.ofSeconds(5))
                .lookup(new CallLookup(ATTEMPT, null, "+33612345678", Instant.now().minusSeconds(5)))).isEmpty();
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        assertThat(TwilioErrors.retryAfter("7", now)).isEqualTo(Duration.ofSeconds(7));
        assertThat(TwilioErrors.retryAfter("Sun, 01 Mar 2026 10:00:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(TwilioErrors.retryAfter("soon", now)).isNull();
    }

    private static CallRequest request(MachineDetection detection) {
        return new CallRequest(ATTEMPT, "+33612345678", "+15005550006", detection, Duration.ofSeconds(25));
    }

    private static TwilioVoiceProvider provider(String baseUrl, int maxAttempts, Duration responseTimeout) {
        TwilioProperties properties = new TwilioProperties(URI.create(baseUrl), SID, "secret-token",
                Duration.ofMillis(500), responseTimeout,
                new TwilioProperties.Resilience(100, 10, Duration.ofSeconds(1), maxAttempts, Duration.ofMillis(10),
                        Duration.ofSeconds(5), 50, 4, Duration.ofMinutes(1)));
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 500)
                .responseTimeout(responseTimeout);
        WebClient client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
        return new TwilioVoiceProvider(client, properties,
                new TwilioCallbackUrls("https://dialer.example.com", "https://hooks.example.com/"),
                Clock.systemUTC());
    }
}
