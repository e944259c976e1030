package com.voxhub.webhook.callback.web;

import com.voxhub.webhook.callback.domain.CallbackRefused;
import com.voxhub.webhook.callback.domain.RawCallback;
import com.voxhub.webhook.callback.domain.RefusalReason;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;

/**
 * Reads a callback's body as raw bytes (signatures cover the bytes as sent) within a size limit, and captures the
 * request as a {@link RawCallback} with secrets redacted from its headers.
 */
public class CallbackRequests {

    /** Credentials and signatures that must not reach the archive topic (lower case). */
    private static final Set<String> REDACTED = Set.of(
            "authorization", "proxy-authorization", "cookie", "x-twilio-signature");

    private final Clock clock;

    public CallbackRequests(Clock clock) {
        this.clock = clock;
    }

    public Mono<RawCallback> read(ServerHttpRequest request, String provider, MediaType expected, DataSize limit) {
        MediaType contentType = request.getHeaders().getContentType();
        if (contentType == null || !expected.isCompatibleWith(contentType)) {
            return Mono.error(new CallbackRefused(provider, RefusalReason.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must be " + expected));
        }
        long declared = request.getHeaders().getContentLength();
        if (declared > limit.toBytes()) {
            return Mono.error(tooLarge(provider, limit));
        }
        return DataBufferUtils.join(request.getBody(), Math.toIntExact(limit.toBytes()))
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .onErrorMap(DataBufferLimitException.class, e -> tooLarge(provider, limit))
                .map(body -> new RawCallback(UUID.randomUUID(), clock.instant(), provider, pathAndQuery(request),
                        redactedHeaders(request.getHeaders()), body, remoteAddress(request)));
    }

    static String pathAndQuery(ServerHttpRequest request) {
        String query = request.getURI().getRawQuery();
        return request.getPath().value() + (query == null ? "" : "?" + query);
    }

    static Map<String, String> redactedHeaders(HttpHeaders headers) {
        Map<String, String> flat = new LinkedHashMap<>();
        headers.forEach((name, values) -> flat.put(name,
                REDACTED.contains(name.toLowerCase(Locale.ROOT)) ? "[redacted]" : String.join(", ", values)));
        return flat;
    }

    private static String remoteAddress(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();
    }

    private static CallbackRefused tooLarge(String provider, DataSize limit) {
        return new CallbackRefused(provider, RefusalReason.PAYLOAD_TOO_LARGE,
                "Body exceeds " + limit.toKilobytes() + " KB");
    }
}
