package com.voxhub.platform.auth;

import com.voxhub.events.Topics;
import com.voxhub.events.accounts.ApiKeyIssued;
import com.voxhub.events.accounts.ApiKeyRevoked;
import java.sql.Timestamp;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Materializes the compacted topic {@code accounts.api-keys} into this service's {@code api_key} table
 * ({@code voxhub.auth.materialize-keys}, default on). Upserts are idempotent, so redelivery and replay after
 * compaction are harmless; a revocation is never undone by a later replay of the issue.
 */
public class ApiKeyDirectoryUpdater {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyDirectoryUpdater.class);

    private final JdbcClient jdbc;
    private final Consumer<String> evictCachedLookup;

    /**
     * @param evictCachedLookup called with a key hash after its row changed, so this instance's cache sees the
     *                          change at once (other instances see it when their cached lookup expires)
     */
    public ApiKeyDirectoryUpdater(JdbcClient jdbc, Consumer<String> evictCachedLookup) {
        this.jdbc = jdbc;
        this.evictCachedLookup = evictCachedLookup;
    }

    @KafkaListener(id = "voxhub-api-key-directory", topics = Topics.ACCOUNTS_API_KEYS,
            groupId = "${spring.application.name}")
    public void on(ConsumerRecord<String, SpecificRecord> record) {
        SpecificRecord value = record.value();
        if (value instanceof ApiKeyIssued issued) {
            issued(issued);
        } else if (value instanceof ApiKeyRevoked revoked) {
            revoked(revoked);
        } else if (value == null && record.key() != null) {
            jdbc.sql("DELETE FROM api_key WHERE key_hash = ?").param(record.key()).update(); // tombstone
            evictCachedLookup.accept(record.key());
        } else {
            log.warn("ignored record type {} on {}", value.getSchema().getFullName(), record.topic());
        }
    }

    void issued(ApiKeyIssued issued) {
        jdbc.sql("""
                INSERT INTO api_key (key_hash, account_id, account_login) VALUES (?, ?, ?)
                ON CONFLICT (key_hash) DO UPDATE
                SET account_id = EXCLUDED.account_id, account_login = EXCLUDED.account_login""")
                .params(issued.getKeyHash(), issued.getAccountId(), issued.getAccountLogin())
                .update();
        evictCachedLookup.accept(issued.getKeyHash());
    }

    void revoked(ApiKeyRevoked revoked) {
        // Compaction may have kept only the revocation: insert a revoked row rather than lose it.
        jdbc.sql("""
                INSERT INTO api_key (key_hash, account_id, account_login, revoked_at) VALUES (?, ?, '', ?)
                ON CONFLICT (key_hash) DO UPDATE SET revoked_at = COALESCE(api_key.revoked_at, EXCLUDED.revoked_at)""")
                .params(revoked.getKeyHash(), revoked.getAccountId(), Timestamp.from(revoked.getOccurredAt()))
                .update();
        evictCachedLookup.accept(revoked.getKeyHash());
    }
}
