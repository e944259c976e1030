package com.voxhub.webhook.callback.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A callback exactly as received, for audit and replay (published as RawCallbackReceived). Each receipt is its
 * own fact, so its id is random: a gateway retry is archived twice, which is what an audit wants to see.
 *
 * @param headers request headers with secrets already redacted
 */
public record RawCallback(
        UUID eventId,
        Instant receivedAt,
        String provider,
        String path,
        Map<String, String> headers,
        byte[] body,
        String remoteAddress) {

    public RawCallback {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(path, "path");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }
}
