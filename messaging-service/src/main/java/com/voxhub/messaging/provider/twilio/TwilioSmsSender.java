package com.voxhub.messaging.provider.twilio;

import com.voxhub.messaging.message.domain.LookupResult;
import com.voxhub.messaging.message.domain.SendResult;
import com.voxhub.messaging.provider.http.RetryAfter;
import com.voxhub.messaging.provider.http.TransportErrors;
import com.voxhub.messaging.provider.resilience.AmbiguousProviderException;
import com.voxhub.messaging.provider.resilience.ProviderResilience;
import com.voxhub.messaging.provider.resilience.TransientProviderException;
import com.voxhub.messaging.sms.domain.SmsRequest;
import com.voxhub.messaging.sms.domain.SmsSender;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends SMS through Twilio's Messages API ({@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}, form
 * encoded, HTTP Basic). Our message id travels as {@code ref} on the StatusCallback URL. Twilio takes no
 * idempotency key, so after an ambiguous failure (timeout) the adapter looks the message up before trying again.
 */
public final class TwilioSmsSender implements SmsSender {

    public static final String PROVIDER = "twilio";

    /** Twilio's clock and ours may differ; a lookup accepts messages created this long before ours. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    private static final Duration RATE_LIMITED_RETRY = Duration.ofSeconds(1);

    private final WebClient http;
    private final TwilioProperties properties;
    private final String statusCallbackUrl;
    private final ProviderResilience resilience;
    private final Clock clock;

    public TwilioSmsSender(WebClient http, TwilioProperties properties, String webhookPublicBaseUrl,
                           ProviderResilience resilience, Clock clock) {
        this.http = http;
        this.properties = properties;
        this.statusCallbackUrl = stripSlash(webhookPublicBaseUrl) + "/webhooks/twilio/messages";
        this.resilience = resilience;
        this.clock = clock;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public Mono<SendResult> send(SmsRequest request) {
        AtomicBoolean uncertain = new AtomicBoolean();
        return resilience.protect(() -> (uncertain.get() ? lookupThenCreate(request) : create(request))
                        .doOnError(AmbiguousProviderException.class, e -> uncertain.set(true)))
                .onErrorResume(error -> Mono.just(unsent(error)));
    }

    @Override
    public Mono<LookupResult> lookup(SmsRequest request) {
        Mono<LookupResult> lookup = request.providerMessageId() != null
                ? fetch(request.providerMessageId())
                : search(request);
        return lookup.onErrorResume(e -> Mono.just(new LookupResult.Unavailable(
                TransportErrors.classify(PROVIDER, e).reason())));
    }

    private Mono<SendResult> create(SmsRequest request) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("To", request.to());
        form.add("From", request.from());
        form.add("Body", request.body());
        form.add("StatusCallback", UriComponentsBuilder.fromUriString(statusCallbackUrl)
                .queryParam("ref", request.messageId()).build().encode().toUriString());
        return http.post()
                .uri("/2010-04-01/Accounts/{sid}/Messages.json", properties.accountSid())
                .headers(h -> h.setBasicAuth(properties.accountSid(), properties.authToken()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromFormData(form))
                .exchangeToMono(this::answer)
                .onErrorMap(e -> !(e instanceof TransientProviderException),
                        e -> TransportErrors.classify(PROVIDER, e));
    }

    private Mono<SendResult> answer(ClientResponse response) {
        int status = response.statusCode().value();
        if (response.statusCode().is2xxSuccessful()) {
            return response.bodyToMono(TwilioMessage.class)
                    .<SendResult>map(m -> {
                        if (m.sid() == null) {
                            throw new AmbiguousProviderException("twilio_answer_without_sid");
                        }
                        return new SendResult.Accepted(m.sid());
                    })
                    .switchIfEmpty(Mono.error(new AmbiguousProviderException("twilio_empty_answer")));
        }
        Duration retryAfter = RetryAfter.parse(response.headers().asHttpHeaders().getFirst("Retry-After"), clock);
        return response.bodyToMono(TwilioMessage.Error.class)
                .map(Optional::of)
                .onErrorReturn(Optional.empty())
                .defaultIfEmpty(Optional.empty())
                .map(error -> TwilioErrors.classify(status, error.orElse(null), retryAfter));
    }

    /** After an ambiguous failure: send again only if Twilio has no trace of the first request. */
    private Mono<SendResult> lookupThenCreate(SmsRequest request) {
        return search(request).flatMap(found -> {
            if (found instanceof LookupResult.Found f) {
                return Mono.just(new SendResult.Accepted(f.providerMessageId()));
            }
            return create(request);
        }).onErrorMap(e -> !(e instanceof TransientProviderException),
                e -> new AmbiguousProviderException("twilio_lookup_failed"));
    }

    private Mono<LookupResult> fetch(String sid) {
        return http.get()
                .uri("/2010-04-01/Accounts/{account}/Messages/{sid}.json", properties.accountSid(), sid)
                .headers(h -> h.setBasicAuth(properties.accountSid(), properties.authToken()))
                .exchangeToMono(response -> {
                    if (response.statusCode().value() == HttpStatus.NOT_FOUND.value()) {
                        return response.releaseBody().thenReturn((LookupResult) new LookupResult.Absent());
                    }
                    if (!response.statusCode().is2xxSuccessful()) {
                        return response.releaseBody().thenReturn((LookupResult) new LookupResult.Unavailable(
                                "twilio_http_" + response.statusCode().value()));
                    }
                    return response.bodyToMono(TwilioMessage.class)
                            .map(m -> (LookupResult) new LookupResult.Found(m.sid()));
                });
    }

    /**
     * Finds the message by To and From, then by body and creation time. DateSent is not used as a filter: a
     * message still queued at Twilio has no send date yet and would be missed, and then sent twice.
     */
    private Mono<LookupResult> search(SmsRequest request) {
        return http.get()
                .uri(b -> b.path("/2010-04-01/Accounts/{account}/Messages.json")
                        .queryParam("To", "{to}")
                        .queryParam("From", "{from}")
                        .queryParam("PageSize", 100)
                        .build(properties.accountSid(), request.to(), request.from()))
                .headers(h -> h.setBasicAuth(properties.accountSid(), properties.authToken()))
                .exchangeToMono(response -> {
                    if (!response.statusCode().is2xxSuccessful()) {
                        return response.releaseBody().then(Mono.<TwilioMessage.Page>error(
                                new TransientProviderException("twilio_http_" + response.statusCode().value(), null)));
                    }
                    return response.bodyToMono(TwilioMessage.Page.class);
                })
                .map(page -> page.messagesOrEmpty().stream()
                        .filter(m -> request.body().equals(m.body()))
                        .filter(m -> m.createdAt() == null || request.notBefore() == null
                                || !m.createdAt().isBefore(request.notBefore().minus(CLOCK_SKEW)))
                        .findFirst()
                        .<LookupResult>map(m -> new LookupResult.Found(m.sid()))
                        .orElse(new LookupResult.Absent()));
    }

    private SendResult unsent(Throwable error) {
        if (error instanceof AmbiguousProviderException ambiguous) {
            return new SendResult.Unknown(ambiguous.reason());
        }
        if (error instanceof TransientProviderException transientError) {
            return new SendResult.Deferred(transientError.retryAfter(), transientError.reason());
        }
        if (error instanceof CallNotPermittedException) {
            return new SendResult.Deferred(resilience.openStateWait(), "twilio_circuit_open");
        }
        if (error instanceof RequestNotPermitted) {
            return new SendResult.Deferred(RATE_LIMITED_RETRY, "twilio_rate_limited");
        }
        // Anything else happened after the request may have left: let the reconciler ask Twilio.
        return new SendResult.Unknown("twilio_unexpected: " + error.getClass().getSimpleName());
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
