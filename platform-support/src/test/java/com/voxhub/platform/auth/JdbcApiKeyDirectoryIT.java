package com.voxhub.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.platform.Migrated;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcApiKeyDirectoryIT {

    private final MutableClock clock = new MutableClock();
    private JdbcClient jdbc;
    private JdbcApiKeyDirectory directory;
    private final String rawKey = ApiKeys.newKey(true);

    @BeforeEach
    void setUp() {
        jdbc = JdbcClient.create(Migrated.freshDatabase("apikeys"));
        directory = new JdbcApiKeyDirectory(jdbc, Duration.ofSeconds(30), 100, clock);
        jdbc.sql("INSERT INTO api_key (key_hash, account_id, account_login) VALUES (?, 42, 'acme')")
                .param(ApiKeys.hash(rawKey)).update();
    }

    @Test
    void shouldAuthenticateAKnownKeyAsItsAccount() {
        assertThat(directory.authenticate(rawKey)).contains(new AccountPrincipal(42, "acme"));
    }

    @Test
    void shouldRejectAnUnknownBlankOrMissingKey() {
        assertThat(directory.authenticate(ApiKeys.newKey(true))).isEmpty();
        assertThat(directory.authenticate(" ")).isEmpty();
        assertThat(directory.authenticate(null)).isEmpty();
    }

    @Test
    void shouldStoreOnlyTheHashNeverTheRawKey() {
        assertThat(jdbc.sql("SELECT count(*) FROM api_key WHERE key_hash = ?").param(rawKey)
                .query(Long.class).single()).isZero();
    }

    @Test
    void shouldRejectARevokedKeyOnceTheCachedLookupExpires() {
        assertThat(directory.authenticate(rawKey)).isPresent();
        jdbc.sql("UPDATE api_key SET revoked_at = now() WHERE key_hash = ?").param(ApiKeys.hash(rawKey)).update();

        assertThat(directory.authenticate(rawKey)).as("cached for the TTL").isPresent();
        clock.advance(Duration.ofSeconds(31));
        assertThat(directory.authenticate(rawKey)).isEmpty();
    }

    @Test
    void shouldRejectARevokedKeyAtOnceWhenItsCacheEntryIsEvicted() {
        assertThat(directory.authenticate(rawKey)).isPresent();
        jdbc.sql("UPDATE api_key SET revoked_at = now() WHERE key_hash = ?").param(ApiKeys.hash(rawKey)).update();
        directory.evict(ApiKeys.hash(rawKey));

        assertThat(directory.authenticate(rawKey)).isEmpty();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
