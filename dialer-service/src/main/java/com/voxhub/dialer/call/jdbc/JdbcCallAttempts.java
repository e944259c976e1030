package com.voxhub.dialer.call.jdbc;

import static com.voxhub.dialer.support.SqlTime.instant;
import static com.voxhub.dialer.support.SqlTime.ts;

import com.voxhub.dialer.call.domain.AnsweredBy;
import com.voxhub.dialer.call.domain.AttemptStatus;
import com.voxhub.dialer.call.domain.CallAttempt;
import com.voxhub.dialer.call.domain.CallAttempts;
import com.voxhub.dialer.call.domain.CallStatusReport;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCallAttempts implements CallAttempts {

    private final JdbcClient jdbc;

    JdbcCallAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(CallAttempt a) {
        jdbc.sql("""
                insert into call_attempt (attempt_id, job_id, attempt_number, number, status, provider, requested_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(a.attemptId(), a.jobId(), a.attemptNumber(), a.number(), a.status().name(), a.provider(),
                        ts(a.requestedAt()))
                .update();
    }

    @Override
    public boolean deleteUnsent(UUID attemptId) {
        return jdbc.sql("""
                delete from call_attempt where attempt_id = ? and status = 'REQUESTING' and provider_call_id is null
                   and provider_requests = 1""")
                .param(attemptId)
                .update() == 1;
    }

    @Override
    public Optional<CallAttempt> find(UUID attemptId) {
        return jdbc.sql("select * from call_attempt where attempt_id = ?")
                .param(attemptId)
                .query((rs, n) -> map(rs))
                .optional();
    }

    @Override
    public Optional<CallAttempt> findByProviderCallId(String providerCallId) {
        return jdbc.sql("select * from call_attempt where provider_call_id = ?")
                .param(providerCallId)
                .query((rs, n) -> map(rs))
                .optional();
    }

    @Override
    public boolean markPlaced(UUID attemptId, String providerCallId, Instant at) {
        return jdbc.sql("""
                update call_attempt set provider_call_id = coalesce(provider_call_id, ?), placed_at = ?,
                    updated_at = now()
                where attempt_id = ? and placed_at is null""")
                .params(providerCallId, ts(at), attemptId)
                .update() == 1;
    }

    @Override
    public void update(CallAttempt a) {
        jdbc.sql("""
                update call_attempt set status = ?, provider_call_id = coalesce(provider_call_id, ?), answered_by = ?,
                    duration_seconds = ?, pressed_keys = ?, reason = ?,
                    ended_at = case when ? then coalesce(ended_at, now()) else ended_at end, updated_at = now()
                where attempt_id = ?""")
                .params(a.status().name(), a.providerCallId(), a.answeredBy() == null ? null : a.answeredBy().name(),
                        a.durationSeconds(), a.pressedKeys(), a.reason(), a.status().isTerminal(), a.attemptId())
                .update();
    }

    @Override
    public void recordReport(UUID attemptId, CallStatusReport r, boolean applied, Instant receivedAt) {
        jdbc.sql("""
                insert into call_status_report (attempt_id, status, answered_by, duration_seconds, pressed_keys,
                    reason, provider_timestamp, applied, received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(attemptId, r.status().name(), r.answeredBy() == null ? null : r.answeredBy().name(),
                        r.durationSeconds(), r.pressedKeys(), r.reason(), ts(r.providerTimestamp()), applied,
                        ts(receivedAt))
                .update();
    }

    @Override
    public void savePressedKeys(UUID attemptId, String keys) {
        jdbc.sql("update call_attempt set pressed_keys = ?, updated_at = now() where attempt_id = ?")
                .params(keys, attemptId)
                .update();
    }

    @Override
    public void countRequest(UUID attemptId) {
        jdbc.sql("""
                update call_attempt set provider_requests = provider_requests + 1, updated_at = now()
                where attempt_id = ?""")
                .param(attemptId)
                .update();
    }

    @Override
    public List<CallAttempt> findRequestingBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                select * from call_attempt where status = 'REQUESTING' and requested_at < ?
                order by requested_at limit ?""")
                .params(ts(cutoff), limit)
                .query((rs, n) -> map(rs))
                .list();
    }

    @Override
    public List<CallAttempt> findStalledBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                select * from call_attempt
                where status in ('PLACED', 'INITIATED', 'RINGING', 'ANSWERED') and updated_at < ?
                order by updated_at limit ?""")
                .params(ts(cutoff), limit)
                .query((rs, n) -> map(rs))
                .list();
    }

    @Override
    public boolean isProviderCallIdTaken(String providerCallId) {
        return jdbc.sql("select count(*) from call_attempt where provider_call_id = ?")
                .param(providerCallId)
                .query(Long.class)
                .single() > 0;
    }

    private static CallAttempt map(ResultSet rs) throws SQLException {
        String answeredBy = rs.getString("answered_by");
        return new CallAttempt(rs.getObject("attempt_id", UUID.class), rs.getLong("job_id"),
                rs.getInt("attempt_number"), rs.getString("number"), AttemptStatus.valueOf(rs.getString("status")),
                rs.getString("provider"), rs.getString("provider_call_id"),
                answeredBy == null ? null : AnsweredBy.valueOf(answeredBy),
                (Integer) rs.getObject("duration_seconds"), rs.getString("pressed_keys"), rs.getString("reason"),
                instant(rs, "requested_at"), instant(rs, "placed_at"));
    }
}
