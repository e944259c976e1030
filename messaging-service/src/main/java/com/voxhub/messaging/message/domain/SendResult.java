package com.voxhub.messaging.message.domain;

import java.time.Duration;

/** What became of one provider request. */
public sealed interface SendResult {

    /** The provider took the message and gave it this id. */
    record Accepted(String providerMessageId) implements SendResult {
    }

    /** The provider refused the message for good (invalid number, opted out, bad request): it will never go. */
    record Rejected(String reason) implements SendResult {
    }

    /**
     * The provider did not take it now (throttled, unavailable, circuit open) and certainly did not send it:
     * try again after {@code retryAfter} (null = our own backoff).
     */
    record Deferred(Duration retryAfter, String reason) implements SendResult {
    }

    /** The request may or may not have reached the provider (e.g. timed out waiting for the answer). */
    record Unknown(String reason) implements SendResult {
    }
}
