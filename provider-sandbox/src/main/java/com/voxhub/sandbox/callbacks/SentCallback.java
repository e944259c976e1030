package com.voxhub.sandbox.callbacks;

import java.time.Instant;
import java.util.Map;

/**
 * A request the sandbox sent, with the HTTP status it got back on its last attempt (null when the
 * receiver could not be reached; {@code error} then says why).
 */
public record SentCallback(String id, String channel, String kind, String providerId, String summary,
                           String method, String url, Map<String, String> headers, String body,
                           Integer httpStatus, String error, int attempts, Instant firstAttemptAt,
                           Instant lastAttemptAt) {

    SentCallback attempted(Integer status, String failure) {
        return new SentCallback(id, channel, kind, providerId, summary, method, url, headers, body, status,
                failure, attempts + 1, firstAttemptAt, Instant.now());
    }
}
