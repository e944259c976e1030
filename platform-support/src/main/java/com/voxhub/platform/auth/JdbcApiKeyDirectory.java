package com.voxhub.platform.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link ApiKeyDirectory} over the {@code api_key} table, looked up by hash (so no constant-time compare is
 * needed), with a small cache of recent successful lookups that keeps the database out of most requests.
 */
public class JdbcApiKeyDirectory implements ApiKeyDirectory {

    private record Entry(AccountPrincipal principal, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public JdbcApiKeyDirectory(JdbcClient jdbc, Duration ttl, int maxEntries, Clock clock) {
        this.jdbc = jdbc;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public Optional<AccountPrincipal> authenticate(String rawKey) {
        if (rawKey == null || rawKey.isBlank()) {
            return Optional.empty();
        }
        String hash = ApiKeys.hash(rawKey);
        Instant now = clock.instant();
        Entry cached = cache.get(hash);
        if (cached != null && cached.expiresAt().isAfter(now)) {
            return Optional.of(cached.principal());
        }
        Optional<AccountPrincipal> principal = jdbc.sql("""
                SELECT account_id, account_login FROM api_key WHERE key_hash = ? AND revoked_at IS NULL""")
                .param(hash)
                .query((rs, row) -> new AccountPrincipal(rs.getLong("account_id"), rs.getString("account_login")))
                .optional();
        // Misses are not cached: a key used just before its ApiKeyIssued is materialized must work moments later.
        principal.ifPresent(found -> {
            if (cache.size() >= maxEntries) {
                cache.clear(); // crude but bounded
            }
            cache.put(hash, new Entry(found, now.plus(ttl)));
        });
        return principal;
    }

    /** Drops a cached lookup, e.g. when this instance learns the key was revoked or issued. */
    public void evict(String keyHash) {
        cache.remove(keyHash);
    }
}
