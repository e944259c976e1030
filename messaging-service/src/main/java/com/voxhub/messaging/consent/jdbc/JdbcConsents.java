package com.voxhub.messaging.consent.jdbc;

import com.voxhub.messaging.consent.domain.Consent;
import com.voxhub.messaging.consent.domain.ConsentChannel;
import com.voxhub.messaging.consent.domain.ConsentStatus;
import com.voxhub.messaging.consent.domain.Consents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

@Repository
public class JdbcConsents implements Consents {

    private final JdbcClient jdbc;

    public JdbcConsents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Consent> lock(long accountId, ConsentChannel channel, String address) {
        return jdbc.sql("SELECT * FROM consent WHERE account_id = ? AND channel = ? AND address = ? FOR UPDATE")
                .params(accountId, channel.name(), address).query(JdbcConsents::map).optional();
    }

    @Override
    public Optional<Consent> find(long accountId, ConsentChannel channel, String address) {
        return jdbc.sql("SELECT * FROM consent WHERE account_id = ? AND channel = ? AND address = ?")
                .params(accountId, channel.name(), address).query(JdbcConsents::map).optional();
    }

    @Override
    public void save(Consent c) {
        jdbc.sql("""
                INSERT INTO consent (account_id, channel, address, status, source, reason, user_id, updated_at)
                VALUES (:account, :channel, :address, :status, :source, :reason, :userId, :at)
                ON CONFLICT (account_id, channel, address) DO UPDATE SET status = EXCLUDED.status,
                    source = EXCLUDED.source, reason = EXCLUDED.reason, user_id = EXCLUDED.user_id,
                    updated_at = EXCLUDED.updated_at""")
                .params(params(c)).update();
        jdbc.sql("""
                INSERT INTO consent_history (account_id, channel, address, status, source, reason, user_id, recorded_at)
                VALUES (:account, :channel, :address, :status, :source, :reason, :userId, :at)""")
                .params(params(c)).update();
    }

    @Override
    public List<Consent> history(long accountId, ConsentChannel channel, String address, int offset, int limit) {
        return jdbc.sql("""
                SELECT *, recorded_at AS updated_at FROM consent_history
                WHERE account_id = ? AND address = ? AND channel = ?
                ORDER BY id DESC OFFSET ? LIMIT ?""")
                .params(accountId, address, channel.name(), offset, limit).query(JdbcConsents::map).list();
    }

    @Override
    public long countHistory(long accountId, ConsentChannel channel, String address) {
        return jdbc.sql("SELECT count(*) FROM consent_history WHERE account_id = ? AND address = ? AND channel = ?")
                .params(accountId, address, channel.name()).query(Long.class).single();
    }

    private static java.util.Map<String, Object> params(Consent c) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("account", c.accountId());
        params.put("channel", c.channel().name());
        params.put("address", c.address());
        params.put("status", c.status().name());
        params.put("source", c.source());
        params.put("reason", c.reason());
        params.put("userId", c.userId());
        params.put("at", Timestamp.from(c.at()));
        return params;
    }

    private static Consent map(ResultSet rs, int row) throws SQLException {
        return new Consent(rs.getLong("account_id"), ConsentChannel.valueOf(rs.getString("channel")),
                rs.getString("address"), ConsentStatus.valueOf(rs.getString("status")), rs.getString("source"),
                rs.getString("reason"), rs.getString("user_id"), rs.getTimestamp("updated_at").toInstant());
    }
}
