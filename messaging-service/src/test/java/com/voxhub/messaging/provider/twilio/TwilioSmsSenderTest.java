package com.voxhub.messaging.provider.twilio;

import com.voxhub.messaging.message.domain.LookupResult;
import com.voxhub.messaging.message.domain.SendResult;
import com.voxhub.messaging.provider.http.ProviderHttp;
import com.voxhub.messaging.provider.resilience.ProviderResilience;
import com.voxhub.messaging.provider.resilience.ResilienceSettings;
import com.voxhub.messaging.sms.domain.SmsRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.nio.charset.StandardCharsets;

import static com.voxhub.messaging.provider.twilio.FakeTwilio.Reply;
import static org.assertj.core.api.Assertions.assertThat;

class TwilioSmsSenderTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";
    private static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(700);

    private FakeTwilio twilio;
    private TwilioSmsSender sender;

    @BeforeEach
    void start() throws Exception {
        twilio = new FakeTwilio();
        ResilienceSettings resilience = new ResilienceSettings(100, Duration.ofSeconds(1), 3, Duration.ofMillis(50),
                Duration.ofSeconds(2), 50f, 50, 20, Duration.ofSeconds(15));
        TwilioProperties properties = new TwilioProperties(twilio.baseUrl(), SID, "secret", Duration.ofSeconds(1),
                RESPONSE_TIMEOUT, 10, resilience);
        sender = new TwilioSmsSender(ProviderHttp.webClient("twilio-test", twilio.baseUrl(), Duration.ofSeconds(1),
                RESPONSE_TIMEOUT, 10), properties, "http://hooks.example.test/", new ProviderResilience("twilio",
                resilience), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        twilio.close();
    }

    @Test
    void shouldPostTheMessageFormWithBasicAuthAndOurReferenceOnTheStatusCallback() {
        SendResult result = sender.send(request()).block();

        assertThat(result).isEqualTo(new SendResult.Accepted("SM1"));
        assertThat(twilio.posts()).singleElement().satisfies(post -> {
            assertThat(post.path()).isEqualTo("/2010-04-01/Accounts/" + SID + "/Messages.json");
            assertThat(post.params()).containsEntry("To", "+33612345678")
                    .containsEntry("From", "+15005550006")
                    .containsEntry("Body", "Hello Ada")
                    .containsEntry("StatusCallback",
                            "http://hooks.example.test/webhooks/twilio/messages?ref=msg_1");
            assertThat(post.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                    .encodeToString((SID + ":secret").getBytes(StandardCharsets.UTF_8)));
        });
    }

    @Test
    void shouldRejectAnInvalidNumberForGoodWithoutRetrying() {
        twilio.onPost(FakeTwilio.error(400, 21211));

        assertThat(sender.send(request()).block()).isEqualTo(new SendResult.Rejected("twilio_21211: invalid_number"));
        assertThat(twilio.posts()).hasSize(1);
    }

    @Test
    void shouldRejectUnreachableAndOptedOutNumbersForGood() {
        twilio.onPost(FakeTwilio.error(400, 21614)).onPost(FakeTwilio.error(400, 21610));

        assertThat(sender.send(request()).block())
                .isEqualTo(new SendResult.Rejected("twilio_21614: unreachable_number"));
        assertThat(sender.send(request()).block()).isEqualTo(new SendResult.Rejected("twilio_21610: opted_out"));
    }

    @Test
    void shouldRetryAThrottledRequestAfterItsRetryAfter() {
        twilio.onPost(FakeTwilio.error(429, 20429).withHeader("Retry-After", "1"));

        assertThat(sender.send(request()).block()).isEqualTo(new SendResult.Accepted("SM1"));

        assertThat(twilio.posts()).hasSize(2);
        Duration waited = Duration.between(twilio.posts().get(0).at(), twilio.posts().get(1).at());
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void shouldRetryServerErrorsAndDeferTheMessageWhenTheyPersist() {
        twilio.onPost(FakeTwilio.error(503, 20503)).onPost(FakeTwilio.error(500, 20500))
                .onPost(FakeTwilio.error(503, 20503));

        SendResult result = sender.send(request()).block();

        assertThat(result).isEqualTo(new SendResult.Deferred(null, "twilio_http_503"));
        assertThat(twilio.posts()).hasSize(3);
    }

    @Test
    void shouldDeferWithoutHoldingTheRequestWhenRetryAfterIsLong() {
        twilio.onPost(FakeTwilio.error(429, 20429).withHeader("Retry-After", "120"));

        assertThat(sender.send(request()).block())
                .isEqualTo(new SendResult.Deferred(Duration.ofSeconds(120), "twilio_http_429"));
        assertThat(twilio.posts()).hasSize(1);
    }

    @Test
    void shouldLookTheMessageUpInsteadOfSendingItTwiceAfterATimeout() {
        twilio.onPost(FakeTwilio.created("SM42").after(RESPONSE_TIMEOUT.multipliedBy(2)));
        twilio.onGet(Reply.json(200, """
                {"messages": [{"sid": "SM42", "status": "sent", "to": "+33612345678", "from": "+15005550006",
                               "body": "Hello Ada", "date_created": "%s"}]}""".formatted(rfc1123(Instant.now()))));

        assertThat(sender.send(request()).block()).isEqualTo(new SendResult.Accepted("SM42"));

        assertThat(twilio.posts()).hasSize(1);
        assertThat(twilio.requests()).filteredOn(r -> r.method().equals("GET")).singleElement()
                .satisfies(get -> assertThat(get.params()).containsEntry("To", "+33612345678")
                        .containsEntry("From", "+15005550006"));
    }

    @Test
    void shouldSendAgainAfterATimeoutWhenTwilioHasNoTraceOfTheMessage() {
        twilio.onPost(FakeTwilio.created("SM42").after(RESPONSE_TIMEOUT.multipliedBy(2)).withHeader("X", "slow"));
        twilio.onGet(Reply.json(200, """
                {"messages": [{"sid": "SM7", "to": "+33612345678", "from": "+15005550006", "body": "another text",
                               "date_created": "%s"}]}""".formatted(rfc1123(Instant.now()))));

        assertThat(sender.send(request()).block()).isEqualTo(new SendResult.Accepted("SM1"));
        assertThat(twilio.posts()).hasSize(2);
    }

    @Test
    void shouldFindASentMessageByItsSid() {
        twilio.onGet(Reply.json(200, "{\"sid\": \"SM5\", \"status\": \"delivered\"}"));
        twilio.onGet(Reply.json(404, "{\"code\": 20404, \"message\": \"not found\", \"status\": 404}"));
        SmsRequest known = new SmsRequest("msg_1", "+15005550006", "+33612345678", "Hello Ada", Instant.now(), "SM5");

        assertThat(sender.lookup(known).block()).isEqualTo(new LookupResult.Found("SM5"));
        assertThat(sender.lookup(known).block()).isEqualTo(new LookupResult.Absent());
        assertThat(twilio.requests().get(0).path()).isEqualTo("/2010-04-01/Accounts/" + SID + "/Messages/SM5.json");
    }

    @Test
    void shouldReportTwilioUnavailableDuringALookup() {
        twilio.onGet(Reply.json(503, "{}"));

        assertThat(sender.lookup(request()).block()).isInstanceOf(LookupResult.Unavailable.class);
    }

    private static SmsRequest request() {
        return new SmsRequest("msg_1", "+15005550006", "+33612345678", "Hello Ada", Instant.now(), null);
    }

    private static String rfc1123(Instant instant) {
        return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(java.time.ZoneOffset.UTC));
    }
}
