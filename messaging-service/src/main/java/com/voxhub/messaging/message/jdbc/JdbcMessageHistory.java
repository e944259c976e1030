package com.voxhub.messaging.message.jdbc;

import com.voxhub.messaging.message.domain.Channel;
import com.voxhub.messaging.message.domain.MessageHistory;
import com.voxhub.messaging.message.domain.MessageStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Seed-001 queries over the ledger; each is one indexed range scan of (account, channel, created_at). */
@Repository
public class JdbcMessageHistory implements MessageHistory {

    private static final String COLUMNS = """
            message_id, sender, destination, created_at, subject, body, user_id, candidate_id, status, reason, origin""";

    private final JdbcClient jdbc;

    public JdbcMessageHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Slice<Entry> messages(Filter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("offset", offset);
        params.put("limit", limit);
        List<Entry> items = jdbc.sql("SELECT " + COLUMNS + " FROM message " + where
                        + " ORDER BY created_at DESC, message_id OFFSET :offset LIMIT :limit")
                .params(params).query(JdbcMessageHistory::entry).list();
        long total = items.size() < limit && (offset == 0 || !items.isEmpty()) ? offset + items.size()
                : jdbc.sql("SELECT count(*) FROM message " + where).params(params).query(Long.class).single();
        return new Slice<>(items, total);
    }

    @Override
    public Optional<Entry> message(long accountId, Channel channel, String messageId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM message WHERE message_id = ? AND account_id = ? AND channel = ?")
                .params(messageId, accountId, channel.name()).query(JdbcMessageHistory::entry).optional();
    }

    @Override
    public List<Activity> activity(String messageId) {
        return jdbc.sql("""
                SELECT type, status, applied, source, reason, url, machine_open, bounce_type, provider_timestamp,
                       recorded_at
                FROM message_event WHERE message_id = ? ORDER BY id""")
                .param(messageId)
                .query((rs, row) -> new Activity(rs.getString("type"), status(rs.getString("status")),
                        rs.getBoolean("applied"), rs.getString("source"), rs.getString("reason"), rs.getString("url"),
                        rs.getBoolean("machine_open"), rs.getString("bounce_type"),
                        instant(rs, "provider_timestamp"), instant(rs, "recorded_at")))
                .list();
    }

    @Override
    public Slice<Candidate> candidates(Filter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("offset", offset);
        params.put("limit", limit);
        String distinct = "SELECT DISTINCT ON (candidate_id, destination) candidate_id, destination, created_at "
                + "FROM message " + where + " ORDER BY candidate_id, destination, created_at DESC";
        List<Candidate> items = jdbc.sql("SELECT * FROM (" + distinct + ") c ORDER BY created_at DESC, destination "
                        + "OFFSET :offset LIMIT :limit")
                .params(params)
                .query((rs, row) -> new Candidate(rs.getString("candidate_id"), rs.getString("destination")))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM (" + distinct + ") c").params(params).query(Long.class).single();
        return new Slice<>(items, total);
    }

    private static String where(Filter f, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(
                "WHERE account_id = :account AND channel = :channel AND created_at >= :from AND created_at < :to");
        params.put("account", f.accountId());
        params.put("channel", f.channel().name());
        params.put("from", Timestamp.from(f.from()));
        params.put("to", Timestamp.from(f.to()));
        if (f.destination() != null) {
            sql.append(" AND destination = :destination");
            params.put("destination", f.destination());
        }
        if (f.candidateId() != null) {
            sql.append(" AND candidate_id = :candidate");
            params.put("candidate", f.candidateId());
        }
        if (f.userId() != null) {
            sql.append(" AND user_id = :userId");
            params.put("userId", f.userId());
        }
        if (f.origins() != null && !f.origins().isEmpty()) {
            sql.append(" AND origin IN (:origins)");
            params.put("origins", f.origins());
        }
        return sql.toString();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getString("message_id"), rs.getString("sender"), rs.getString("destination"),
                instant(rs, "created_at"), rs.getString("subject"), rs.getString("body"), rs.getString("user_id"),
                rs.getString("candidate_id"), status(rs.getString("status")), rs.getString("reason"),
                rs.getString("origin"));
    }

    private static MessageStatus status(String value) {
        return value == null ? null : MessageStatus.valueOf(value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
