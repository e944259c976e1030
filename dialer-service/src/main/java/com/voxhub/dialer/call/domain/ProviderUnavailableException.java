package com.voxhub.dialer.call.domain;

import java.time.Duration;

/**
 * The provider did not take the request and has no call for it (429, 5xx, connection refused, open circuit):
 * safe to try again later.
 */
public final class ProviderUnavailableException extends VoiceProviderException {

    private final Duration retryAfter;

    public ProviderUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** The provider's Retry-After, or null when it gave none. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
