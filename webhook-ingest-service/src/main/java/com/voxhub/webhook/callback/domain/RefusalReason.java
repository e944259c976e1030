package com.voxhub.webhook.callback.domain;

/** Why a callback was not accepted; the code is the error code callers see and the metric's reason tag. */
public enum RefusalReason {
    /** Seed 001's webhooks: no API key, or one no account holds. */
    UNAUTHORIZED("unauthorized"),
    MISSING_SIGNATURE("missing_signature"),
    INVALID_SIGNATURE("invalid_signature"),
    STALE_TIMESTAMP("stale_timestamp"),
    MALFORMED_BODY("malformed_body"),
    /** A field longer than its limit (voxhub.webhooks.limits): refused rather than truncated. */
    FIELD_TOO_LONG("field_too_long"),
    PAYLOAD_TOO_LARGE("payload_too_large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type"),
    /** We cannot verify yet (e.g. the SendGrid verification key file is not there): the gateway must retry. */
    VERIFICATION_KEY_UNAVAILABLE("verification_key_unavailable"),
    /** Kafka did not acknowledge in time: the gateway must retry so nothing is lost. */
    KAFKA_UNAVAILABLE("unavailable");

    private final String code;

    RefusalReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
