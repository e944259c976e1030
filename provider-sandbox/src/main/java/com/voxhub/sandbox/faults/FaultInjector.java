package com.voxhub.sandbox.faults;

import com.voxhub.sandbox.Channel;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Holds the fault settings per channel and decides, request by request, whether and how it fails. */
@Component
public class FaultInjector {

    private final Map<Channel, FaultSettings> settings = new EnumMap<>(Channel.class);

    public FaultInjector() {
        reset();
    }

    public synchronized void configure(Channel channel, FaultSettings value) {
        settings.put(channel, value);
    }

    public synchronized void reset() {
        for (Channel channel : Channel.values()) {
            settings.put(channel, FaultSettings.NONE);
        }
    }

    public synchronized Map<Channel, FaultSettings> current() {
        return new EnumMap<>(settings);
    }

    /**
     * Decides the request's fate on arrival (so {@code failNext} counts requests in arrival order),
     * then emits it after the configured latency, without blocking.
     */
    public Mono<FaultDecision> gate(Channel channel) {
        FaultSettings applied;
        FaultDecision decision;
        synchronized (this) {
            applied = settings.get(channel);
            decision = decide(channel, applied);
        }
        Mono<FaultDecision> answer = Mono.just(decision);
        return applied.latencyMs() > 0 ? answer.delayElement(Duration.ofMillis(applied.latencyMs())) : answer;
    }

    private FaultDecision decide(Channel channel, FaultSettings s) {
        Duration retryAfter = Duration.ofSeconds(Math.max(1, s.retryAfterSeconds()));
        if (s.failNext() > 0) {
            settings.put(channel, s.withFailNext(s.failNext() - 1));
            return new FaultDecision(s.failWith(), retryAfter);
        }
        double roll = ThreadLocalRandom.current().nextDouble();
        if (roll < s.serverErrorRate()) {
            boolean unavailable = ThreadLocalRandom.current().nextBoolean();
            return new FaultDecision(unavailable ? FaultKind.UNAVAILABLE : FaultKind.INTERNAL_ERROR, retryAfter);
        }
        if (roll < s.serverErrorRate() + s.throttleRate()) {
            return new FaultDecision(FaultKind.THROTTLE, retryAfter);
        }
        if (roll < s.serverErrorRate() + s.throttleRate() + s.timeoutRate()) {
            return new FaultDecision(FaultKind.TIMEOUT, retryAfter);
        }
        return FaultDecision.NONE;
    }
}
