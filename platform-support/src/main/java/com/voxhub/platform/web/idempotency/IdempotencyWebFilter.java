package com.voxhub.platform.web.idempotency;

import com.voxhub.platform.web.ApiErrorWebExceptionHandler;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.Blocking;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code Idempotency-Key} on POST: the first request with a key (per {@link IdempotencyScope}) runs and its
 * answer (status, body, {@code Content-Type}, {@code Location}) is stored before the caller sees it; a repeat
 * with the same method, path, query and body gets that answer again with {@code Idempotent-Replayed: true};
 * a repeat with a different request is a 422. A duplicate arriving while the first runs waits for its answer
 * (up to {@code wait-for-in-flight}, then 409), so concurrent duplicates never both execute.
 *
 * <p>Answers that say nothing about the request (5xx, 401, 403, 429) are not kept: a retry runs again.
 * Errors are rendered by the platform's error handler inside the filter, so a 400 is kept and replayed in the
 * surface's own shape like any other answer.
 */
public class IdempotencyWebFilter implements WebFilter, Ordered {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;
    private static final Duration POLL = Duration.ofMillis(25);

    private final IdempotencyStore store;
    private final IdempotencyScope scope;
    private final IdempotencyProperties properties;
    private final ApiErrorWebExceptionHandler errors;

    public IdempotencyWebFilter(IdempotencyStore store, IdempotencyScope scope, IdempotencyProperties properties,
                                ApiErrorWebExceptionHandler errors) {
        this.store = store;
        this.scope = scope;
        this.properties = properties;
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String key = request.getHeaders().getFirst(HEADER);
        String path = request.getPath().pathWithinApplication().value();
        if (key == null || request.getMethod() != HttpMethod.POST
                || properties.excludedPaths().stream().anyMatch(path::startsWith)) {
            return chain.filter(exchange);
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return Mono.error(ApiException.badRequest("invalid_idempotency_key",
                    HEADER + " must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters."));
        }
        return scope.of(exchange)
                .map(s -> guarded(exchange, chain, s, key))
                .defaultIfEmpty(Mono.defer(() -> chain.filter(exchange)))
                .flatMap(run -> run);
    }

    private Mono<Void> guarded(ServerWebExchange exchange, WebFilterChain chain, String scopeId, String key) {
        ServerHttpRequest request = exchange.getRequest();
        return SpooledBody.read(request.getBody(), properties.memoryThreshold().toBytes(), properties.maxBodySize().toBytes())
                .flatMap(body -> {
                    String fingerprint = fingerprint(request, body.sha256());
                    long deadline = System.nanoTime() + properties.waitForInFlight().toNanos();
                    return claim(scopeId, key, fingerprint, deadline)
                            .flatMap(claim -> answer(exchange, chain, body, scopeId, key, claim))
                            .doFinally(signal -> body.discard());
                });
    }

    private Mono<Void> answer(ServerWebExchange exchange, WebFilterChain chain, SpooledBody body, String scopeId,
                              String key, IdempotencyStore.Claim claim) {
        if (claim instanceof IdempotencyStore.Claimed) {
            return execute(exchange, chain, body, scopeId, key);
        }
        if (claim instanceof IdempotencyStore.Completed done) {
            return replay(exchange.getResponse(), done);
        }
        if (claim instanceof IdempotencyStore.Mismatch) {
            return Mono.error(ApiException.unprocessable("idempotency_key_reused",
                    "This Idempotency-Key was already used with a different request."));
        }
        return Mono.error(ApiException.conflict("idempotency_key_in_use",
                "A request with this Idempotency-Key is still being processed; retry later."));
    }

    private Mono<IdempotencyStore.Claim> claim(String scopeId, String key, String fingerprint, long deadline) {
        return Blocking.call(() -> store.claim(scopeId, key, fingerprint, properties.ttl(), properties.takeOverAfter()))
                .flatMap(claim -> claim instanceof IdempotencyStore.InFlight && System.nanoTime() < deadline
                        ? Mono.delay(POLL).then(Mono.defer(() -> claim(scopeId, key, fingerprint, deadline)))
                        : Mono.just(claim));
    }

    private Mono<Void> execute(ServerWebExchange exchange, WebFilterChain chain, SpooledBody body, String scopeId,
                               String key) {
        ServerHttpRequest request = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return body.content(exchange.getResponse().bufferFactory());
            }
        };
        RecordingResponse response = new RecordingResponse(exchange.getResponse(),
                (status, headers, bytes) -> Blocking.call(() -> {
                    if (RecordingResponse.worthKeeping(status)) {
                        store.complete(scopeId, key, status, headers, bytes);
                    } else {
                        store.release(scopeId, key);
                    }
                    return true;
                }).then());
        ServerWebExchange recorded = exchange.mutate().request(request).response(response).build();
        return chain.filter(recorded)
                .onErrorResume(error -> errors == null ? Mono.error(error) : errors.handle(recorded, error))
                .then(Mono.defer(response::recordIfNothingWritten))
                .onErrorResume(error -> Blocking.call(() -> {
                    store.release(scopeId, key);
                    return true;
                }).then(Mono.error(error)));
    }

    private static Mono<Void> replay(ServerHttpResponse response, IdempotencyStore.Completed done) {
        response.setStatusCode(HttpStatusCode.valueOf(done.status()));
        done.headers().forEach((name, value) -> response.getHeaders().set(name, value));
        response.getHeaders().set(REPLAYED_HEADER, "true");
        byte[] body = done.body() == null ? new byte[0] : done.body();
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    /** Same method, path, query and body bytes: the same request. */
    static String fingerprint(ServerHttpRequest request, String bodySha256) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod().name() + ' ' + request.getURI().getRawPath() + '?'
                    + request.getURI().getRawQuery() + '\n' + bodySha256).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
