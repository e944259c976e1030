package com.voxhub.platform.web.idempotency;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code idempotency_key} table (platform migration V0_2): one row per (scope, key), the answer once known. */
public class IdempotencyStore {

    /** What a claim found. */
    public sealed interface Claim permits Claimed, InFlight, Completed, Mismatch {
    }

    /** The key is new (or expired, or abandoned): the caller runs the request and records its answer. */
    public record Claimed() implements Claim {
    }

    /** Another request with this key and the same fingerprint is running. */
    public record InFlight() implements Claim {
    }

    /** The first answer, to replay. */
    public record Completed(int status, Map<String, String> headers, byte[] body) implements Claim {
    }

    /** The key was used for a different request. */
    public record Mismatch() implements Claim {
    }

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() { };
    private static final int PURGE_EVERY = 1000;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.shared();
    private final AtomicLong claims = new AtomicLong();

    public IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Atomically takes the key or reports who has it. The insert either wins, or (when the row is expired, or an
     * answer-less claim of the same request is older than {@code takeOverAfter}) replaces it; otherwise the row
     * is read. Concurrent claims serialize on the primary key, so exactly one of them is {@link Claimed}.
     */
    public Claim claim(String scope, String key, String fingerprint, Duration ttl, Duration takeOverAfter) {
        if (claims.incrementAndGet() % PURGE_EVERY == 0) {
            purgeExpired(1000);
        }
        boolean claimed = !jdbc.sql("""
                INSERT INTO idempotency_key (scope, idem_key, fingerprint, expires_at)
                VALUES (?, ?, ?, now() + make_interval(secs => ?))
                ON CONFLICT (scope, idem_key) DO UPDATE
                  SET fingerprint = excluded.fingerprint, status = NULL, headers = NULL, body = NULL,
                      created_at = now(), expires_at = excluded.expires_at
                  WHERE idempotency_key.expires_at < now()
                     OR (idempotency_key.status IS NULL AND idempotency_key.fingerprint = excluded.fingerprint
                         AND idempotency_key.created_at < now() - make_interval(secs => ?))
                RETURNING 1""")
                .params(scope, key, fingerprint, seconds(ttl), seconds(takeOverAfter))
                .query(Integer.class)
                .list()
                .isEmpty();
        if (claimed) {
            return new Claimed();
        }
        return jdbc.sql("SELECT fingerprint, status, headers::text AS headers, body FROM idempotency_key WHERE scope = ? AND idem_key = ?")
                .params(scope, key)
                .query((rs, row) -> {
                    if (!fingerprint.equals(rs.getString("fingerprint"))) {
                        return (Claim) new Mismatch();
                    }
                    int status = rs.getInt("status");
                    if (rs.wasNull()) {
                        return new InFlight();
                    }
                    String headers = rs.getString("headers");
                    return new Completed(status, headers == null ? Map.of() : json.readValue(headers, HEADERS),
                            rs.getBytes("body"));
                })
                .optional()
                .orElseGet(InFlight::new); // deleted between the two statements: the caller asks again
    }

    /** Records the answer of a claimed key. */
    public void complete(String scope, String key, int status, Map<String, String> headers, byte[] body) {
        jdbc.sql("UPDATE idempotency_key SET status = ?, headers = ?::jsonb, body = ? WHERE scope = ? AND idem_key = ? AND status IS NULL")
                .params(status, json.writeValueAsString(headers), body, scope, key)
                .update();
    }

    /** Forgets a claim whose request produced no answer worth replaying, so a retry runs it again. */
    public void release(String scope, String key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE scope = ? AND idem_key = ? AND status IS NULL").params(scope, key).update();
    }

    public int purgeExpired(int limit) {
        return jdbc.sql("""
                DELETE FROM idempotency_key WHERE ctid IN (
                  SELECT ctid FROM idempotency_key WHERE expires_at < now() LIMIT ?)""")
                .param(limit)
                .update();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000d;
    }
}
