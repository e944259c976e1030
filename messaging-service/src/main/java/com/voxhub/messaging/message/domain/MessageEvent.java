package com.voxhub.messaging.message.domain;

import java.time.Instant;

/**
 * One line of a message's history: every status report, including those not applied because they came late
 * (a {@code sent} after {@code delivered}) or because they change no status ({@code type} DEFERRED, with a null
 * {@code status}), so history shows what the provider said and when.
 */
public record MessageEvent(String messageId, String type, MessageStatus status, boolean applied, String source,
                           String providerEventId, StatusDetails details, Instant recordedAt) {

    /** A status change this service decided itself (accepted by the provider, failed at send time, ...). */
    public static MessageEvent own(String messageId, MessageStatus status, boolean applied, String source,
                                   StatusDetails details, Instant at) {
        return new MessageEvent(messageId, status.name(), status, applied, source, null, details, at);
    }
}
