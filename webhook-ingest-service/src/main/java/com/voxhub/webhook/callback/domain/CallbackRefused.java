package com.voxhub.webhook.callback.domain;

/**
 * A callback we do not accept; nothing of it is published. The message is safe to show the caller and to log:
 * it never contains personal data or the values we compared.
 */
public class CallbackRefused extends RuntimeException {

    private final String provider;
    private final RefusalReason reason;

    public CallbackRefused(String provider, RefusalReason reason, String message) {
        this(provider, reason, message, null);
    }

    public CallbackRefused(String provider, RefusalReason reason, String message, Throwable cause) {
        super(message, cause, false, false);
        this.provider = provider;
        this.reason = reason;
    }

    public String provider() {
        return provider;
    }

    public RefusalReason reason() {
        return reason;
    }
}
