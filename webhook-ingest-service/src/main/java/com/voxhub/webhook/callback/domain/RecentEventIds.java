package com.voxhub.webhook.callback.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Event ids acknowledged recently, in memory: the cheap first level of deduplication at ingest (a retry that
 * reaches the same instance within the window costs no database query). It forgets on restart and is per
 * instance; {@link PublishedEvents} is the shared level behind it. Bounded in both time and size so a burst
 * cannot grow the heap.
 */
public final class RecentEventIds {

    private record Seen(UUID id, long at) {
    }

    private final long windowMillis;
    private final int maxEntries;
    private final Clock clock;
    private final Map<UUID, Long> seenAt = new ConcurrentHashMap<>();
    private final Queue<Seen> order = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    public RecentEventIds(Duration window, int maxEntries, Clock clock) {
        this.windowMillis = window.toMillis();
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** Whether the id was acknowledged within the window (does not record it). */
    public boolean contains(UUID id) {
        Long at = seenAt.get(id);
        return at != null && clock.millis() - at < windowMillis;
    }

    /** Records the id as seen now; true when it had already been seen within the window. */
    public boolean markSeen(UUID id) {
        long now = clock.millis();
        Long previous = seenAt.put(id, now);
        order.add(new Seen(id, now));
        size.incrementAndGet();
        evict(now);
        return previous != null && now - previous < windowMillis;
    }

    private void evict(long now) {
        Seen head;
        while ((head = order.peek()) != null && (now - head.at() >= windowMillis || size.get() > maxEntries)) {
            // Racing threads may poll an entry a little early; that only blurs a metric.
            Seen oldest = order.poll();
            if (oldest == null) {
                return;
            }
            size.decrementAndGet();
            // Forget the id only if no later sighting replaced this one.
            seenAt.remove(oldest.id(), oldest.at());
        }
    }
}
