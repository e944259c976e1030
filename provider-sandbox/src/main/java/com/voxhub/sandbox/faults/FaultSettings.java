package com.voxhub.sandbox.faults;

/**
 * The faults injected into one channel. Rates are probabilities per request; {@code failNext} requests
 * fail with {@code failWith} first, deterministically, whatever the rates.
 */
public record FaultSettings(double serverErrorRate, double throttleRate, double timeoutRate, long latencyMs,
                            int failNext, FaultKind failWith, int retryAfterSeconds) {

    public static final FaultSettings NONE = new FaultSettings(0, 0, 0, 0, 0, FaultKind.UNAVAILABLE, 1);

    FaultSettings withFailNext(int remaining) {
        return new FaultSettings(serverErrorRate, throttleRate, timeoutRate, latencyMs, remaining, failWith,
                retryAfterSeconds);
    }
}
