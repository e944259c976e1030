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
 * Event ids acknowledged recently, in memory, to count gateway retries as duplicates. It is deliberately only a
 * metric: it forgets on restart and is per instance, so the real deduplication is the consumers' job (they record
 * the eventId with their effect). Bounded in both time and size so a burst cannot grow the heap.
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
