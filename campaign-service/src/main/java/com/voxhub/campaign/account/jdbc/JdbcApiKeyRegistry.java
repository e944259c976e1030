package com.voxhub.campaign.account.jdbc;

import com.voxhub.campaign.account.domain.Account;
import com.voxhub.campaign.account.domain.ApiKeyRegistry;
import com.voxhub.campaign.account.kafka.ApiKeyEvents;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes platform-support's {@code api_key} table directly (campaign-service owns the keys) and announces
 * each change on {@code accounts.api-keys} through the outbox, in the same transaction.
 */
@Repository
class JdbcApiKeyRegistry implements ApiKeyRegistry {

    private final JdbcClient jdbc;
    private final ApiKeyEvents events;

    JdbcApiKeyRegistry(JdbcClient jdbc, ApiKeyEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public void register(Account account, String keyHash, String prefix, String label, boolean live) {
        jdbc.sql("""
                insert into api_key (key_hash, account_id, account_login, prefix, label, mode)
                values (?, ?, ?, ?, ?, ?)""")
                .params(keyHash, account.id(), account.login(), prefix, label, live ? "live" : "test")
                .update();
        events.issued(account, keyHash, prefix, label, live);
    }

    @Override
    public boolean revoke(Account account, String prefix) {
        List<String> hashes = jdbc.sql("""
                update api_key set revoked_at = now()
                where account_id = ? and prefix = ? and revoked_at is null
                returning key_hash""")
                .params(account.id(), prefix)
                .query(String.class)
                .list();
        hashes.forEach(hash -> events.revoked(account, hash));
        return !hashes.isEmpty();
    }
}
