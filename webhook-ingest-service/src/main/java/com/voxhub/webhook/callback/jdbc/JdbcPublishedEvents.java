package com.voxhub.webhook.callback.jdbc;

import com.voxhub.webhook.callback.domain.PublishedEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link PublishedEvents} in PostgreSQL (table published_event): one indexed lookup and one multi-row insert per
 * callback, whatever its number of events. Rows older than the retention are purged now and then by whichever
 * call comes along, so no scheduler is needed.
 */
public class JdbcPublishedEvents implements PublishedEvents {

    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Duration retention;
    private final Clock clock;
    private final AtomicReference<Instant> nextPurge;

    public JdbcPublishedEvents(JdbcClient jdbc, Duration retention, Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.clock = clock;
        this.nextPurge = new AtomicReference<>(clock.instant());
    }

    @Override
    public Set<UUID> alreadyPublished(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT event_id FROM published_event WHERE event_id = ANY(?::uuid[])")
                .param(arrayLiteral(ids))
                .query(UUID.class)
                .list());
    }

    @Override
    public void recordPublished(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("INSERT INTO published_event (event_id) SELECT unnest(?::uuid[]) ON CONFLICT DO NOTHING")
                .param(arrayLiteral(ids))
                .update();
        purgeWhenDue();
    }

    /** Deletes rows past the retention; returns how many. */
    public int purge() {
        return jdbc.sql("DELETE FROM published_event WHERE published_at < ?")
                .param(java.sql.Timestamp.from(clock.instant().minus(retention)))
                .update();
    }

    /** A PostgreSQL array literal; UUIDs need no quoting, and one text parameter works with every driver. */
    private static String arrayLiteral(Collection<UUID> ids) {
        StringBuilder literal = new StringBuilder(ids.size() * 37 + 2).append('{');
        for (UUID id : ids) {
            literal.append(literal.length() > 1 ? "," : "").append(id);
        }
        return literal.append('}').toString();
    }

    private void purgeWhenDue() {
        Instant now = clock.instant();
        Instant due = nextPurge.get();
        if (now.isAfter(due) && nextPurge.compareAndSet(due, now.plus(PURGE_EVERY))) {
            purge();
        }
    }
}
