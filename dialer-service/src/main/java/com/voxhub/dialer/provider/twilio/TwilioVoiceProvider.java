package com.voxhub.dialer.provider.twilio;

import com.voxhub.dialer.call.domain.AnsweredBy;
import com.voxhub.dialer.call.domain.CallLookup;
import com.voxhub.dialer.call.domain.CallOutcomeUnknownException;
import com.voxhub.dialer.call.domain.CallRequest;
import com.voxhub.dialer.call.domain.MachineDetection;
import com.voxhub.dialer.call.domain.PlacedCall;
import com.voxhub.dialer.call.domain.ProviderCall;
import com.voxhub.dialer.call.domain.VoiceProvider;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Twilio Programmable Voice (Calls API), or anything that speaks it such as the provider sandbox. Places calls
 * whose TwiML is served by the dialer and whose status callbacks go to webhook-ingest with our reference.
 */
public final class TwilioVoiceProvider implements VoiceProvider {

    static final List<String> STATUS_EVENTS = List.of("initiated", "ringing", "answered", "completed");

    private final WebClient client;
    private final TwilioProperties properties;
    private final TwilioCallbackUrls urls;
    private final TwilioResilience resilience;
    private final Clock clock;

    public TwilioVoiceProvider(WebClient client, TwilioProperties properties, TwilioCallbackUrls urls, Clock clock) {
        this.client = client;
        this.properties = properties;
        this.urls = urls;
        this.resilience = new TwilioResilience(properties.accountSid(), properties.resilience());
        this.clock = clock;
    }

    @Override
    public String name() {
        return "twilio";
    }

    @Override
    public PlacedCall place(CallRequest request) {
        Mono<TwilioCallResource> post = client.post()
                .uri(callsUri(""))
                .headers(this::authenticate)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form(request)))
                .exchangeToMono(response -> read(response, TwilioCallResource.class))
                .onErrorMap(TwilioErrors::ofTransport);
        TwilioCallResource call = resilience.protect(post).block();
        if (call == null || call.sid() == null) {
            // Accepted, yet we cannot tell which call it is: the lookup will find it.
            throw new CallOutcomeUnknownException("twilio accepted the call without a sid", null);
        }
        return new PlacedCall(call.sid(), TwilioStatuses.parse(call.status()));
    }

    @Override
    public Optional<ProviderCall> lookup(CallLookup lookup) {
        if (lookup.providerCallId() != null) {
            Optional<TwilioCallResource> call = resilience.protect(client.get()
                            .uri(callsUri("/" + encode(lookup.providerCallId())))
                            .headers(this::authenticate)
                            .exchangeToMono(response -> response.statusCode() == HttpStatus.NOT_FOUND
                                    ? response.releaseBody().then(Mono.<TwilioCallResource>empty())
                                    : read(response, TwilioCallResource.class))
                            .onErrorMap(TwilioErrors::ofTransport))
                    .blockOptional();
            return call.map(TwilioVoiceProvider::toProviderCall);
        }
        TwilioCallResource.Page page = resilience.protect(client.get()
                        .uri(listUri(lookup))
                        .headers(this::authenticate)
                        .exchangeToMono(response -> read(response, TwilioCallResource.Page.class))
                        .onErrorMap(TwilioErrors::ofTransport))
                .block();
        return matching(page, lookup).map(TwilioVoiceProvider::toProviderCall);
    }

    private MultiValueMap<String, String> form(CallRequest request) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("To", request.to());
        form.add("From", request.from());
        form.add("Url", urls.twiml(request.attemptId()));
        form.add("Method", "POST");
        form.add("StatusCallback", urls.statusCallback(request.attemptId()));
        form.add("StatusCallbackMethod", "POST");
        STATUS_EVENTS.forEach(event -> form.add("StatusCallbackEvent", event));
        if (request.machineDetection() == MachineDetection.ENABLE) {
            form.add("MachineDetection", "Enable");
        } else if (request.machineDetection() == MachineDetection.DETECT_MESSAGE_END) {
            form.add("MachineDetection", "DetectMessageEnd");
        }
        form.add("Timeout", Long.toString(request.ringTimeout().toSeconds()));
        return form;
    }

    private <T> Mono<T> read(ClientResponse response, Class<T> type) {
        if (response.statusCode().is2xxSuccessful()) {
            return response.bodyToMono(type);
        }
        String retryAfter = response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        int status = response.statusCode().value();
        return response.bodyToMono(String.class).defaultIfEmpty("")
                .flatMap(body -> Mono.error(TwilioErrors.ofResponse(status, body, retryAfter, clock.instant())));
    }

    private void authenticate(HttpHeaders headers) {
        headers.setBasicAuth(properties.accountSid(), properties.authToken(), StandardCharsets.UTF_8);
    }

    private URI callsUri(String suffix) {
        return URI.create(properties.baseUrl() + "/2010-04-01/Accounts/" + encode(properties.accountSid())
                + "/Calls" + suffix + ".json");
    }

    /** {@code Calls.json?To=..&StartTime>=YYYY-MM-DD}: Twilio filters by day, so we match the time ourselves. */
    private URI listUri(CallLookup lookup) {
        String day = DateTimeFormatter.ISO_LOCAL_DATE.format(lookup.requestedAt().atZone(ZoneOffset.UTC));
        return URI.create(callsUri("") + "?To=" + encode(lookup.to()) + "&" + encode("StartTime>") + "=" + day
                + "&PageSize=100");
    }

    /** The first call to the number created after the intent was recorded (one second of clock skew allowed). */
    static Optional<TwilioCallResource> matching(TwilioCallResource.Page page, CallLookup lookup) {
        if (page == null || page.calls() == null) {
            return Optional.empty();
        }
        Instant notBefore = lookup.requestedAt().minusSeconds(1);
        return page.calls().stream()
                .filter(call -> lookup.to().equals(call.to()))
                .filter(call -> created(call).map(at -> !at.isBefore(notBefore)).orElse(true))
                .min(Comparator.comparing(call -> created(call).orElse(Instant.MAX)));
    }

    private static ProviderCall toProviderCall(TwilioCallResource call) {
        Integer duration = null;
        try {
            duration = call.duration() == null ? null : Integer.valueOf(call.duration());
        } catch (NumberFormatException ignored) {
            // Twilio reports no duration while the call runs.
        }
        return new ProviderCall(call.sid(), TwilioStatuses.parse(call.status()), AnsweredBy.parse(call.answeredBy()),
                duration, created(call).orElse(null));
    }

    /** Twilio writes RFC 2822 dates ("Tue, 31 Aug 2010 20:36:28 +0000"); ISO-8601 is accepted too. */
    private static Optional<Instant> created(TwilioCallResource call) {
        if (call.dateCreated() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(call.dateCreated(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException notRfc) {
            try {
                return Optional.of(Instant.parse(call.dateCreated()));
            } catch (DateTimeParseException notIso) {
                return Optional.empty();
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
