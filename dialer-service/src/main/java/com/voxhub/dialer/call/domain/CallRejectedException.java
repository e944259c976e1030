package com.voxhub.dialer.call.domain;

/** The provider refused the request for good (invalid number, bad caller id...): retrying it cannot succeed. */
public final class CallRejectedException extends VoiceProviderException {

    private final RejectionReason reason;
    private final String providerCode;

    public CallRejectedException(RejectionReason reason, String providerCode, String message) {
        super(message, null);
        this.reason = reason;
        this.providerCode = providerCode;
    }

    public RejectionReason reason() {
        return reason;
    }

    public String providerCode() {
        return providerCode;
    }
}
