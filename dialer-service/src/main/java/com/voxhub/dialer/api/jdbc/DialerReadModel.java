package com.voxhub.dialer.api.jdbc;

import static com.voxhub.dialer.support.SqlTime.instant;
import static com.voxhub.dialer.support.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read side of the /dialer/v1 API: a job's attempts and a campaign's live pacing, scoped to the caller's account. */
@Repository
public class DialerReadModel {

    private static final int NEXT_TIMES = 10;

    private final JdbcClient jdbc;

    DialerReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Map<String, Object>> jobAttempts(long accountId, long jobId) {
        Optional<Map<String, Object>> job = jdbc.sql("""
                select job_id, campaign_id, channel, phase, attempts, next_attempt_at, window_wait, job_state,
                       contact_status, outcome
                  from dial_job where job_id = ? and account_id = ?""")
                .params(jobId, accountId)
                .query((rs, n) -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("job_id", rs.getLong("job_id"));
                    body.put("campaign_id", rs.getLong("campaign_id"));
                    body.put("channel", rs.getString("channel"));
                    body.put("phase", rs.getString("phase"));
                    body.put("attempts_made", rs.getInt("attempts"));
                    body.put("next_attempt_at", instant(rs, "next_attempt_at"));
                    body.put("waiting_for_window", rs.getBoolean("window_wait") && "WAITING".equals(rs.getString("phase")));
                    body.put("job_state", (Integer) rs.getObject("job_state"));
                    body.put("contact_status", rs.getString("contact_status"));
                    body.put("outcome", rs.getString("outcome"));
                    return body;
                })
                .optional();
        job.ifPresent(body -> body.put("attempts", jdbc.sql("""
                select attempt_id, attempt_number, number, status, provider, provider_call_id, provider_requests,
                       answered_by, duration_seconds, pressed_keys, reason, requested_at, placed_at, ended_at
                  from call_attempt where job_id = ? order by attempt_number""")
                .param(jobId)
                .query((rs, n) -> attempt(rs))
                .list()));
        return job;
    }

    public Optional<Map<String, Object>> campaignPacing(long accountId, long campaignId, Instant now) {
        return jdbc.sql("""
                select c.campaign_id, c.status, c.max_concurrent_calls, c.calls_per_minute,
                       count(*) filter (where j.phase = 'DIALING') as in_flight,
                       count(*) filter (where j.phase = 'WAITING' and j.next_attempt_at <= ?) as due_now,
                       count(*) filter (where j.phase = 'WAITING' and j.window_wait and j.next_attempt_at > ?)
                           as waiting_for_window,
                       count(*) filter (where j.phase = 'WAITING' and not j.window_wait and j.next_attempt_at > ?)
                           as waiting_for_retry,
                       count(*) filter (where j.phase = 'FINISHED') as finished
                  from campaign c left join dial_job j on j.campaign_id = c.campaign_id
                 where c.campaign_id = ? and c.account_id = ?
                 group by c.campaign_id, c.status, c.max_concurrent_calls, c.calls_per_minute""")
                .params(ts(now), ts(now), ts(now), campaignId, accountId)
                .query((rs, n) -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("campaign_id", rs.getLong("campaign_id"));
                    body.put("status", rs.getString("status"));
                    body.put("max_concurrent_calls", (Integer) rs.getObject("max_concurrent_calls"));
                    body.put("calls_per_minute", (Integer) rs.getObject("calls_per_minute"));
                    body.put("in_flight", rs.getLong("in_flight"));
                    body.put("due_now", rs.getLong("due_now"));
                    body.put("waiting_for_window", rs.getLong("waiting_for_window"));
                    body.put("waiting_for_retry", rs.getLong("waiting_for_retry"));
                    body.put("finished", rs.getLong("finished"));
                    return body;
                })
                .optional()
                .map(body -> {
                    body.put("next_attempt_times", jdbc.sql("""
                            select distinct next_attempt_at from dial_job
                             where campaign_id = ? and phase = 'WAITING' and next_attempt_at is not null
                             order by next_attempt_at limit ?""")
                            .params(campaignId, NEXT_TIMES)
                            .query((rs, n) -> instant(rs, "next_attempt_at"))
                            .list());
                    return body;
                });
    }

    private static Map<String, Object> attempt(ResultSet rs) throws SQLException {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("attempt_id", rs.getString("attempt_id"));
        a.put("attempt_number", rs.getInt("attempt_number"));
        a.put("number", rs.getString("number"));
        a.put("status", rs.getString("status"));
        a.put("provider", rs.getString("provider"));
        a.put("provider_call_id", rs.getString("provider_call_id"));
        a.put("provider_requests", rs.getInt("provider_requests"));
        a.put("answered_by", rs.getString("answered_by"));
        a.put("duration_seconds", (Integer) rs.getObject("duration_seconds"));
        a.put("pressed_keys", rs.getString("pressed_keys"));
        a.put("reason", rs.getString("reason"));
        a.put("requested_at", instant(rs, "requested_at"));
        a.put("placed_at", instant(rs, "placed_at"));
        a.put("ended_at", instant(rs, "ended_at"));
        return a;
    }
}
