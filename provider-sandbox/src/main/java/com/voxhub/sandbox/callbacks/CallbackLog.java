package com.voxhub.sandbox.callbacks;

import com.voxhub.sandbox.config.SandboxProperties;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** The requests the sandbox sent to our services, newest last, bounded like the request recording. */
@Component
public class CallbackLog {

    private final ConcurrentNavigableMap<Long, SentCallback> sent = new ConcurrentSkipListMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final int capacity;

    public CallbackLog(SandboxProperties properties) {
        this.capacity = Math.max(1, properties.maxRecorded());
    }

    long open(OutboundRequest request) {
        long seq = sequence.incrementAndGet();
        Instant now = Instant.now();
        sent.put(seq, new SentCallback("cb-" + seq, request.channel().wireName(), request.kind(),
                request.providerId(), request.summary(), request.method(), request.url(), request.headers(),
                request.bodyText(), null, null, 0, now, now));
        while (sent.size() > capacity) {
            sent.pollFirstEntry();
        }
        return seq;
    }

    void attempted(long seq, Integer httpStatus, String error) {
        sent.computeIfPresent(seq, (key, current) -> current.attempted(httpStatus, error));
    }

    public List<SentCallback> find(String channel, String providerId, String kind) {
        return sent.values().stream()
                .filter(c -> channel == null || channel.equalsIgnoreCase(c.channel()))
                .filter(c -> providerId == null || providerId.equals(c.providerId()))
                .filter(c -> kind == null || kind.equalsIgnoreCase(c.kind()))
                .toList();
    }

    public void clear() {
        sent.clear();
    }
}
