package com.voxhub.platform.web.idempotency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps the answer (via {@link Recorder}) before it is written, so a caller never sees an answer that is not stored. */
final class RecordingResponse extends ServerHttpResponseDecorator {

    /** Headers that belong to the answer and are replayed with it. */
    static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION);

    @FunctionalInterface
    interface Recorder {
        Mono<Void> record(int status, Map<String, String> headers, byte[] body);
    }

    private final Recorder recorder;
    private final AtomicBoolean recorded = new AtomicBoolean();

    RecordingResponse(ServerHttpResponse delegate, Recorder recorder) {
        super(delegate);
        this.recorder = recorder;
    }

    /** Server errors and refusals of the caller's credentials or rate say nothing lasting about the request. */
    static boolean worthKeeping(int status) {
        return status < 500 && status != 401 && status != 403 && status != 429;
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
        return DataBufferUtils.join(Flux.from(body))
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .flatMap(bytes -> record(bytes).then(Mono.defer(() -> getDelegate().writeWith(
                        Mono.just(bufferFactory().wrap(bytes))))));
    }

    @Override
    public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
        return writeWith(Flux.from(body).concatMap(Flux::from));
    }

    @Override
    public Mono<Void> setComplete() {
        return record(new byte[0]).then(Mono.defer(() -> getDelegate().setComplete()));
    }

    Mono<Void> recordIfNothingWritten() {
        return recorded.get() ? Mono.empty() : record(new byte[0]);
    }

    private Mono<Void> record(byte[] body) {
        if (!recorded.compareAndSet(false, true)) {
            return Mono.empty();
        }
        HttpStatusCode status = getStatusCode();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = getHeaders().getFirst(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return recorder.record(status == null ? 200 : status.value(), headers, body);
    }
}
