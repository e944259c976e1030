package com.voxhub.messaging.message.domain;

import java.time.Instant;

/**
 * A provider callback about one of our messages, as webhook-ingest normalized it. {@code reference} is our
 * message id when the provider echoed it; {@code type} is the provider's event type and {@code status} is null for reports that change nothing (deferrals).
 */
public record ProviderReport(
        String provider,
        String providerEventId,
        String providerMessageId,
        String reference,
        String type,
        MessageStatus status,
        StatusDetails details,
        Instant receivedAt) {
}
