package com.voxhub.webhook.callback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecentEventIdsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void shouldReportAnIdSeenAgainWithinTheWindow() {
        RecentEventIds recent = new RecentEventIds(Duration.ofMinutes(10), 1000, clock);
        UUID id = UUID.randomUUID();

        assertThat(recent.markSeen(id)).isFalse();
        clock.advance(Duration.ofMinutes(9));
        assertThat(recent.markSeen(id)).isTrue();
    }

    @Test
    void shouldForgetAnIdOnceTheWindowHasPassed() {
        RecentEventIds recent = new RecentEventIds(Duration.ofMinutes(10), 1000, clock);
        UUID id = UUID.randomUUID();
        recent.markSeen(id);

        clock.advance(Duration.ofMinutes(10));

        assertThat(recent.markSeen(id)).isFalse();
    }

    @Test
    void shouldForgetTheOldestIdsBeyondItsSize() {
        RecentEventIds recent = new RecentEventIds(Duration.ofMinutes(10), 2, clock);
        UUID oldest = UUID.randomUUID();
        recent.markSeen(oldest);
        recent.markSeen(UUID.randomUUID());
        recent.markSeen(UUID.randomUUID());

        assertThat(recent.markSeen(oldest)).isFalse();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
