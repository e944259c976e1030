package com.voxhub.sandbox.faults;

import java.time.Duration;

/** The fate of one request: no fault, or which one (with the Retry-After to announce when throttled). */
public record FaultDecision(FaultKind kind, Duration retryAfter) {

    public static final FaultDecision NONE = new FaultDecision(null, Duration.ZERO);

    public boolean isFault() {
        return kind != null;
    }

    /** The HTTP status the vendor answers for this fault. */
    public int httpStatus() {
        return switch (kind) {
            case INTERNAL_ERROR -> 500;
            case UNAVAILABLE -> 503;
            case THROTTLE -> 429;
            case TIMEOUT -> 504;
        };
    }
}
