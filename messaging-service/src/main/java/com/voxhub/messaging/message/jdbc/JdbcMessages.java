package com.voxhub.messaging.message.jdbc;

import com.voxhub.messaging.message.domain.Channel;
import com.voxhub.messaging.message.domain.Message;
import com.voxhub.messaging.message.domain.MessageEvent;
import com.voxhub.messaging.message.domain.MessageStatus;
import com.voxhub.messaging.message.domain.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
public class JdbcMessages implements Messages {

    private static final TypeReference<Map<String, Object>> MODEL = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public JdbcMessages(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean add(Message m) {
        return jdbc.sql("""
                INSERT INTO message (message_id, account_id, campaign_id, job_id, attempt, channel, destination, model,
                                     simulation, sender, subject, body, text_body, segments, status, reason,
                                     send_after, created_at, updated_at, origin, user_id, candidate_id)
                VALUES (:id, :account, :campaign, :job, :attempt, :channel, :destination, CAST(:model AS jsonb),
                        :simulation, :sender, :subject, :body, :text, :segments, :status, :reason,
                        :sendAfter, :created, :updated, :origin, :userId, :candidateId)
                ON CONFLICT (job_id, attempt) DO NOTHING""")
                .param("sender", m.content().sender())
                .param("subject", m.content().subject())
                .param("body", m.content().body())
                .param("text", m.content().textBody())
                .param("segments", m.content().segments())
                .param("origin", m.origin().kind())
                .param("userId", m.origin().userId())
                .param("candidateId", m.origin().candidateId())
                .param("id", m.messageId())
                .param("account", m.accountId())
                .param("campaign", m.campaignId())
                .param("job", m.jobId())
                .param("attempt", m.attempt())
                .param("channel", m.channel().name())
                .param("destination", m.destination())
                .param("model", json.writeValueAsString(m.model()))
                .param("simulation", m.simulation())
                .param("status", m.status().name())
                .param("reason", m.reason())
                .param("sendAfter", ts(m.sendAfter()))
                .param("created", ts(m.createdAt()))
                .param("updated", ts(m.updatedAt()))
                .update() == 1;
    }

    @Override
    public Optional<Message> lockByJob(long jobId, int attempt) {
        return jdbc.sql("SELECT * FROM message WHERE job_id = ? AND attempt = ? FOR UPDATE")
                .params(jobId, attempt).query(this::map).optional();
    }

    @Override
    public Optional<Message> lockById(String messageId) {
        return jdbc.sql("SELECT * FROM message WHERE message_id = ? FOR UPDATE")
                .param(messageId).query(this::map).optional();
    }

    @Override
    public Optional<Message> lockByProviderMessageId(String providerMessageId) {
        return jdbc.sql("SELECT * FROM message WHERE provider_message_id = ? LIMIT 1 FOR UPDATE")
                .param(providerMessageId).query(this::map).optional();
    }

    @Override
    public List<Message> lockDue(Instant now, int limit) {
        // SKIP LOCKED lets several dispatchers (threads or instances) share the queue without waiting on each other.
        return jdbc.sql("""
                SELECT m.* FROM message m LEFT JOIN campaign c ON c.campaign_id = m.campaign_id
                WHERE m.status = 'PENDING' AND m.send_after <= ?
                  AND (m.campaign_id IS NULL OR c.status = 'ACTIVE')
                ORDER BY m.send_after
                LIMIT ?
                FOR UPDATE OF m SKIP LOCKED""")
                .params(ts(now), limit).query(this::map).list();
    }

    @Override
    public List<Message> lockStaleSending(Instant before, int limit) {
        return jdbc.sql("""
                SELECT * FROM message WHERE status = 'SENDING' AND sending_since < ?
                ORDER BY sending_since LIMIT ? FOR UPDATE SKIP LOCKED""")
                .params(ts(before), limit).query(this::map).list();
    }

    @Override
    public void update(Message m) {
        Message.Content c = m.content();
        jdbc.sql("""
                UPDATE message SET destination = :destination, model = CAST(:model AS jsonb), simulation = :simulation,
                    sender = :sender, subject = :subject, body = :body, text_body = :text, segments = :segments,
                    status = :status, reason = :reason, provider = :provider, provider_message_id = :providerId,
                    send_after = :sendAfter, deferrals = :deferrals, sending_since = :sendingSince,
                    accepted_at = :acceptedAt, updated_at = :updated
                WHERE message_id = :id""")
                .param("id", m.messageId())
                .param("destination", m.destination())
                .param("model", json.writeValueAsString(m.model()))
                .param("simulation", m.simulation())
                .param("sender", c.sender())
                .param("subject", c.subject())
                .param("body", c.body())
                .param("text", c.textBody())
                .param("segments", c.segments())
                .param("status", m.status().name())
                .param("reason", m.reason())
                .param("provider", m.provider())
                .param("providerId", m.providerMessageId())
                .param("sendAfter", ts(m.sendAfter()))
                .param("deferrals", m.deferrals())
                .param("sendingSince", ts(m.sendingSince()))
                .param("acceptedAt", ts(m.acceptedAt()))
                .param("updated", ts(m.updatedAt()))
                .update();
    }

    @Override
    public void recordEvent(MessageEvent e) {
        var d = e.details();
        jdbc.sql("""
                INSERT INTO message_event (message_id, type, status, applied, source, provider_event_id, reason,
                                           provider_timestamp, url, machine_open, bounce_type, recorded_at)
                VALUES (:id, :type, :status, :applied, :source, :providerEventId, :reason, :providerTs, :url,
                        :machineOpen, :bounceType, :recorded)""")
                .param("id", e.messageId())
                .param("type", e.type())
                .param("status", e.status() == null ? null : e.status().name())
                .param("applied", e.applied())
                .param("source", e.source())
                .param("providerEventId", e.providerEventId())
                .param("reason", d == null ? null : d.reason())
                .param("providerTs", d == null ? null : ts(d.providerTimestamp()))
                .param("url", d == null ? null : d.url())
                .param("machineOpen", d != null && d.machineOpen())
                .param("bounceType", d == null ? null : d.bounceType())
                .param("recorded", ts(e.recordedAt()))
                .update();
    }

    private Message map(ResultSet rs, int row) throws SQLException {
        return new Message(
                rs.getString("message_id"),
                rs.getLong("account_id"),
                (Long) rs.getObject("campaign_id"),
                (Long) rs.getObject("job_id"),
                rs.getInt("attempt"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("destination"),
                json.readValue(rs.getString("model"), MODEL),
                rs.getBoolean("simulation"),
                new Message.Content(rs.getString("sender"), rs.getString("subject"), rs.getString("body"),
                        rs.getString("text_body"), rs.getInt("segments")),
                MessageStatus.valueOf(rs.getString("status")),
                rs.getString("reason"),
                rs.getString("provider"),
                rs.getString("provider_message_id"),
                instant(rs, "send_after"),
                rs.getInt("deferrals"),
                instant(rs, "sending_since"),
                instant(rs, "accepted_at"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                new Message.Origin(rs.getString("origin"), rs.getString("user_id"), rs.getString("candidate_id")));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
