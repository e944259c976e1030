package com.voxhub.messaging.provider.resilience;

import java.time.Duration;

/**
 * The provider did not take the request but may later: throttled (429), unavailable (5xx), unreachable.
 * Retried with backoff; {@code retryAfter} is the provider's own Retry-After when it sent one.
 */
public class TransientProviderException extends RuntimeException {

    private final transient Duration retryAfter;

    public TransientProviderException(String reason, Duration retryAfter) {
        super(reason, null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public String reason() {
        return getMessage();
    }
}
