package com.voxhub.webhook.callback.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One provider callback event in the platform's vocabulary (published as ProviderEventReceived).
 * Nullable fields are null when the provider did not say; providerTimestamp and sequence are the provider's
 * own, so consumers can order callbacks that arrive out of order.
 */
public record ProviderEvent(
        String provider,
        String providerEventId,
        String providerMessageId,
        Channel channel,
        EventType type,
        String reference,
        String answeredBy,
        String bounceType,
        boolean machineOpen,
        String url,
        String pressedKeys,
        Integer durationSeconds,
        String errorCode,
        String errorMessage,
        String from,
        String to,
        Instant providerTimestamp,
        Long sequence) {

    public ProviderEvent {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerEventId, "providerEventId");
        Objects.requireNonNull(providerMessageId, "providerMessageId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(type, "type");
    }

    /** Same event from the same provider, same id: a retried callback does not become a second event. */
    public UUID eventId() {
        return EventIds.of(provider, providerEventId);
    }

    public static Builder builder(String provider, String providerEventId, String providerMessageId,
                                  Channel channel, EventType type) {
        return new Builder(provider, providerEventId, providerMessageId, channel, type);
    }

    /** Parsers fill a handful of the optional fields each; a builder keeps them readable. */
    public static final class Builder {
        private final String provider;
        private final String providerEventId;
        private final String providerMessageId;
        private final Channel channel;
        private final EventType type;
        private String reference;
        private String answeredBy;
        private String bounceType;
        private boolean machineOpen;
        private String url;
        private String pressedKeys;
        private Integer durationSeconds;
        private String errorCode;
        private String errorMessage;
        private String from;
        private String to;
        private Instant providerTimestamp;
        private Long sequence;

        private Builder(String provider, String providerEventId, String providerMessageId,
                        Channel channel, EventType type) {
            this.provider = provider;
            this.providerEventId = providerEventId;
            this.providerMessageId = providerMessageId;
            this.channel = channel;
            this.type = type;
        }

        public Builder reference(String value) { this.reference = value; return this; }

        public Builder answeredBy(String value) { this.answeredBy = value; return this; }

        public Builder bounceType(String value) { this.bounceType = value; return this; }

        public Builder machineOpen(boolean value) { this.machineOpen = value; return this; }

        public Builder url(String value) { this.url = value; return this; }

        public Builder pressedKeys(String value) { this.pressedKeys = value; return this; }

        public Builder durationSeconds(Integer value) { this.durationSeconds = value; return this; }

        public Builder errorCode(String value) { this.errorCode = value; return this; }

        public Builder errorMessage(String value) { this.errorMessage = value; return this; }

        public Builder from(String value) { this.from = value; return this; }

        public Builder to(String value) { this.to = value; return this; }

        public Builder providerTimestamp(Instant value) { this.providerTimestamp = value; return this; }

        public Builder sequence(Long value) { this.sequence = value; return this; }

        public ProviderEvent build() {
            return new ProviderEvent(provider, providerEventId, providerMessageId, channel, type, reference,
                    answeredBy, bounceType, machineOpen, url, pressedKeys, durationSeconds, errorCode, errorMessage,
                    from, to, providerTimestamp, sequence);
        }
    }
}
