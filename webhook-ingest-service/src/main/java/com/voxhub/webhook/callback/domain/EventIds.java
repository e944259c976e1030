package com.voxhub.webhook.callback.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Stable event ids. A gateway that retries a callback (because our 2xx got lost, or we answered 503) sends the
 * same content again; deriving the eventId from provider + provider event id makes that retry produce the same
 * eventId on every instance and across restarts, so consumers' idempotency (eventId recorded with the effect)
 * collapses it into one effect.
 */
public final class EventIds {

    private EventIds() {
    }

    /** Name-based (type 3, the one the JDK offers) UUID of provider and the provider's event id. */
    public static UUID of(String provider, String providerEventId) {
        return UUID.nameUUIDFromBytes((provider + '\n' + providerEventId).getBytes(StandardCharsets.UTF_8));
    }

    /** Hex SHA-256, for providers that give an event no id of its own. */
    public static String contentHash(byte[] canonicalContent) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalContent));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
