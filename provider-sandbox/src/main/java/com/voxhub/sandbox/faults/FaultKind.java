package com.voxhub.sandbox.faults;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A way a provider request can fail. */
public enum FaultKind {
    /** 500 in the vendor's error shape. */
    INTERNAL_ERROR,
    /** 503 in the vendor's error shape. */
    UNAVAILABLE,
    /** 429 with Retry-After. */
    THROTTLE,
    /** Held longer than any client timeout, then 504. */
    TIMEOUT;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static FaultKind fromWireName(String value) {
        for (FaultKind kind : values()) {
            if (kind.wireName().equalsIgnoreCase(value) || kind.name().equalsIgnoreCase(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown fault kind: " + value
                + " (expected internal-error, unavailable, throttle or timeout)");
    }
}
