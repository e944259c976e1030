package com.voxhub.messaging.provider.sendgrid;

import com.voxhub.messaging.email.domain.EmailRequest;
import com.voxhub.messaging.email.domain.EmailSender;
import com.voxhub.messaging.message.domain.LookupResult;
import com.voxhub.messaging.message.domain.SendResult;
import com.voxhub.messaging.provider.http.RetryAfter;
import com.voxhub.messaging.provider.http.TransportErrors;
import com.voxhub.messaging.provider.resilience.AmbiguousProviderException;
import com.voxhub.messaging.provider.resilience.ProviderResilience;
import com.voxhub.messaging.provider.resilience.TransientProviderException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;

/**
 * Sends email through SendGrid's v3 Mail Send ({@code POST /v3/mail/send}, Bearer API key). SendGrid answers 202
 * with the message id in {@code X-Message-Id}; events come back with our {@code custom_args.reference}.
 * 429 and 5xx are retried (Retry-After honoured); any other 4xx is permanent.
 */
public final class SendGridEmailSender implements EmailSender {

    public static final String PROVIDER = "sendgrid";

    private final WebClient http;
    private final SendGridProperties properties;
    private final ProviderResilience resilience;
    private final Clock clock;

    public SendGridEmailSender(WebClient http, SendGridProperties properties, ProviderResilience resilience,
                               Clock clock) {
        this.http = http;
        this.properties = properties;
        this.resilience = resilience;
        this.clock = clock;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public Mono<SendResult> send(EmailRequest request) {
        return resilience.protect(() -> http.post()
                        .uri("/v3/mail/send")
                        .headers(h -> h.setBearerAuth(properties.apiKey()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(SendGridMail.body(request))
                        .exchangeToMono(this::answer)
                        .onErrorMap(e -> !(e instanceof TransientProviderException),
                                e -> TransportErrors.classify(PROVIDER, e)))
                .onErrorResume(error -> Mono.just(unsent(error)));
    }

    /** Finding a sent message needs SendGrid's paid Email Activity API, which this adapter does not assume. */
    @Override
    public Mono<LookupResult> lookup(EmailRequest request) {
        return Mono.just(new LookupResult.Unsupported(PROVIDER));
    }

    private Mono<SendResult> answer(ClientResponse response) {
        int status = response.statusCode().value();
        if (response.statusCode().is2xxSuccessful()) {
            String id = response.headers().asHttpHeaders().getFirst("X-Message-Id");
            return response.releaseBody().then(Mono.fromSupplier(() -> {
                if (id == null) {
                    throw new AmbiguousProviderException("sendgrid_answer_without_id");
                }
                return new SendResult.Accepted(id);
            }));
        }
        Duration retryAfter = RetryAfter.parse(response.headers().asHttpHeaders().getFirst("Retry-After"), clock);
        return response.releaseBody().then(Mono.fromSupplier(() -> {
            if (status == 429 || status >= 500) {
                throw new TransientProviderException("sendgrid_http_" + status, retryAfter);
            }
            return new SendResult.Rejected("sendgrid_http_" + status + ": rejected");
        }));
    }

    private SendResult unsent(Throwable error) {
        if (error instanceof AmbiguousProviderException ambiguous) {
            return new SendResult.Unknown(ambiguous.reason());
        }
        if (error instanceof TransientProviderException transientError) {
            return new SendResult.Deferred(transientError.retryAfter(), transientError.reason());
        }
        if (error instanceof CallNotPermittedException) {
            return new SendResult.Deferred(resilience.openStateWait(), "sendgrid_circuit_open");
        }
        if (error instanceof RequestNotPermitted) {
            return new SendResult.Deferred(Duration.ofSeconds(1), "sendgrid_rate_limited");
        }
        return new SendResult.Unknown("sendgrid_unexpected: " + error.getClass().getSimpleName());
    }
}
