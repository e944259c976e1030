package com.voxhub.webhook.callback.domain;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Port: the ids of events this service has published and Kafka acknowledged, shared by every instance and kept
 * across restarts, so a callback its gateway sends again is not published again.
 */
public interface PublishedEvents {

    /** Those of {@code ids} already published. */
    Set<UUID> alreadyPublished(Collection<UUID> ids);

    /** Remembers {@code ids} as published (after Kafka acknowledged them). */
    void recordPublished(Collection<UUID> ids);

    /** Nothing is remembered: every callback is published and consumers deduplicate by eventId. */
    PublishedEvents NONE = new PublishedEvents() {
        @Override
        public Set<UUID> alreadyPublished(Collection<UUID> ids) {
            return Set.of();
        }

        @Override
        public void recordPublished(Collection<UUID> ids) {
        }
    };
}
