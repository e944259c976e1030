package com.voxhub.platform.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL of the {@code outbox_event} table. */
class OutboxRepository {

    /** Key of the transaction-scoped advisory lock that makes one instance at a time the active relay. */
    static final long RELAY_LOCK_KEY = 0x766f78686f7574L; // "voxhout"

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.shared();

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String topic, String key, String recordType, byte[] payload, Map<String, String> headers) {
        jdbc.sql("""
                INSERT INTO outbox_event (topic, record_key, record_type, payload, headers)
                VALUES (?, ?, ?, ?, ?::jsonb)""")
                .params(topic, key, recordType, payload, json.writeValueAsString(headers))
                .update();
    }

    record NewRow(String topic, String key, String recordType, byte[] payload) {
    }

    /** One statement for all rows (unnest keeps their order, so ids follow the list). */
    void insertAll(List<NewRow> rows, Map<String, String> headers) {
        int n = rows.size();
        String[] topics = new String[n];
        String[] keys = new String[n];
        String[] types = new String[n];
        byte[][] payloads = new byte[n][];
        for (int i = 0; i < n; i++) {
            NewRow row = rows.get(i);
            topics[i] = row.topic();
            keys[i] = row.key();
            types[i] = row.recordType();
            payloads[i] = row.payload();
        }
        jdbc.sql("""
                INSERT INTO outbox_event (topic, record_key, record_type, payload, headers)
                SELECT t.topic, t.record_key, t.record_type, t.payload, ?::jsonb
                FROM unnest(?::text[], ?::text[], ?::text[], ?::bytea[]) WITH ORDINALITY
                     AS t(topic, record_key, record_type, payload, ord)
                ORDER BY t.ord""")
                .params(json.writeValueAsString(headers), topics, keys, types, payloads)
                .update();
    }

    /** Whether this transaction may relay: false while another instance is relaying. */
    boolean tryRelayLock() {
        return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(?)")
                .param(RELAY_LOCK_KEY).query(Boolean.class).single());
    }

    /** The oldest unsent rows, locked until the transaction ends; rows another transaction holds are skipped. */
    List<OutboxRow> lockUnsent(int limit) {
        return jdbc.sql("""
                SELECT id, topic, record_key, record_type, payload, headers::text AS headers, created_at
                FROM outbox_event WHERE sent_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")
                .param(limit)
                .query(this::row)
                .list();
    }

    void markSent(List<Long> ids, boolean keep) {
        if (ids.isEmpty()) {
            return;
        }
        String sql = keep
                ? "UPDATE outbox_event SET sent_at = now() WHERE id = ANY(?)"
                : "DELETE FROM outbox_event WHERE id = ANY(?)";
        jdbc.sql(sql).param(ids.toArray(Long[]::new)).update();
    }

    /** Deletes up to {@code limit} sent rows older than {@code retention}; returns how many. */
    int purgeSent(Duration retention, int limit) {
        return jdbc.sql("""
                DELETE FROM outbox_event WHERE id IN (
                  SELECT id FROM outbox_event
                  WHERE sent_at IS NOT NULL AND sent_at < now() - make_interval(secs => ?)
                  LIMIT ?)""")
                .params((double) retention.toMillis() / 1000d, limit)
                .update();
    }

    long countUnsent() {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL").query(Long.class).single();
    }

    private OutboxRow row(ResultSet rs, int rowNum) throws SQLException {
        return new OutboxRow(rs.getLong("id"), rs.getString("topic"), rs.getString("record_key"),
                rs.getString("record_type"), rs.getBytes("payload"),
                json.readValue(rs.getString("headers"), HEADERS),
                rs.getTimestamp("created_at").toInstant());
    }
}
