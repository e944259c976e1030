package com.voxhub.sandbox.callbacks;

import com.voxhub.sandbox.config.CallbackProperties;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Sends the sandbox's requests to our services with explicit timeouts, retrying 5xx answers and
 * unreachable receivers with exponential backoff (as Twilio's and SendGrid's webhooks do), and logs
 * every attempt. Never fails: the result says what happened.
 */
@Component
public class CallbackSender {

    private static final Logger log = LoggerFactory.getLogger(CallbackSender.class);

    private final WebClient client;
    private final CallbackLog callbackLog;
    private final CallbackProperties properties;

    public CallbackSender(CallbackLog callbackLog, CallbackProperties properties) {
        this.callbackLog = callbackLog;
        this.properties = properties;
        ConnectionProvider pool = ConnectionProvider.builder("sandbox-callbacks")
                .maxConnections(properties.maxConnections())
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(Duration.ofSeconds(30))
                .maxIdleTime(Duration.ofSeconds(20))
                .build();
        HttpClient http = HttpClient.create(pool)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.connectTimeout().toMillis())
                .responseTimeout(properties.responseTimeout());
        this.client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }

    /** The receiver's last answer; {@code status} is null when it could not be reached at all. */
    public record Result(Integer status, String body, String error) {
        public boolean isSuccess() {
            return status != null && status >= 200 && status < 300;
        }
    }

    public Mono<Result> send(OutboundRequest request) {
        long seq = callbackLog.open(request);
        return attempt(request, seq, 1);
    }

    private Mono<Result> attempt(OutboundRequest request, long seq, int attempt) {
        return exchange(request)
                .onErrorResume(e -> Mono.just(new Result(null, "", describe(e))))
                .flatMap(result -> {
                    callbackLog.attempted(seq, result.status(), result.error());
                    boolean retryable = result.status() == null || result.status() >= 500;
                    if (!retryable || attempt >= properties.maxAttempts()) {
                        if (!result.isSuccess()) {
                            log.info("callback gave up kind={} providerId={} status={} attempts={}",
                                    request.kind(), request.providerId(), result.status(), attempt);
                        }
                        return Mono.just(result);
                    }
                    Duration backoff = properties.firstBackoff().multipliedBy(1L << (attempt - 1));
                    return Mono.delay(backoff).then(attempt(request, seq, attempt + 1));
                });
    }

    private Mono<Result> exchange(OutboundRequest request) {
        WebClient.RequestBodySpec spec = client.method(HttpMethod.valueOf(request.method()))
                .uri(URI.create(request.url()))
                .headers(h -> {
                    request.headers().forEach(h::set);
                    if (request.contentType() != null) {
                        h.set("Content-Type", request.contentType());
                    }
                });
        WebClient.RequestHeadersSpec<?> ready = request.body().length == 0 ? spec : spec.bodyValue(request.body());
        return ready.exchangeToMono(response -> response.bodyToMono(String.class)
                        .defaultIfEmpty("")
                        .map(body -> new Result(response.statusCode().value(), body, null)))
                // Belt and braces over the client's own timeouts: a callback never hangs a lifecycle.
                .timeout(properties.connectTimeout().plus(properties.responseTimeout()).plusSeconds(1));
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
