package com.voxhub.dialer.job.jdbc;

import static com.voxhub.dialer.support.SqlTime.instant;
import static com.voxhub.dialer.support.SqlTime.ts;

import com.voxhub.dialer.job.domain.DialChannel;
import com.voxhub.dialer.job.domain.DialJob;
import com.voxhub.dialer.job.domain.DialJobs;
import com.voxhub.dialer.job.domain.DueCampaign;
import com.voxhub.dialer.job.domain.JobOutcomeRecord;
import com.voxhub.dialer.job.domain.JobPhase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDialJobs implements DialJobs {

    private static final String COLUMNS = """
            j.job_id, j.campaign_id, j.account_id, j.channel, j.numbers, j.wants_pressed_keys, j.agent_number,
            j.simulation, j.send_at, j.phase, j.attempts, j.next_attempt_at, j.current_attempt_id, j.country""";

    private final JdbcClient jdbc;

    JdbcDialJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(DialJob job) {
        return jdbc.sql("""
                insert into dial_job (job_id, campaign_id, account_id, channel, numbers, wants_pressed_keys,
                    agent_number, simulation, send_at, phase, attempts, next_attempt_at, current_attempt_id, country)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (job_id) do nothing""")
                .params(job.jobId(), job.campaignId(), job.accountId(), job.channel().name(),
                        job.numbers().toArray(String[]::new), job.wantsPressedKeys(), job.agentNumber(),
                        job.simulation(), ts(job.sendAt()), job.phase().name(), job.attempts(),
                        ts(job.nextAttemptAt()), job.currentAttemptId(), job.country())
                .update() == 1;
    }

    @Override
    public void updateContact(DialJob job) {
        // A later send_at postpones a job that has not been dialed yet; dialing progress is kept as is.
        jdbc.sql("""
                update dial_job set numbers = ?, wants_pressed_keys = ?, agent_number = ?, simulation = ?,
                    send_at = ?, country = coalesce(?, country),
                    next_attempt_at = case when phase = 'WAITING' and attempts = 0 and ?::timestamptz is not null
                        then greatest(next_attempt_at, ?::timestamptz) else next_attempt_at end,
                    updated_at = now()
                where job_id = ? and phase in ('WAITING', 'DIALING')""")
                .params(job.numbers().toArray(String[]::new), job.wantsPressedKeys(), job.agentNumber(),
                        job.simulation(), ts(job.sendAt()), job.country(), ts(job.sendAt()), ts(job.sendAt()),
                        job.jobId())
                .update();
    }

    @Override
    public Optional<DialJob> lockForUpdate(long jobId) {
        return jdbc.sql("select " + COLUMNS + " from dial_job j where j.job_id = ? for update")
                .param(jobId)
                .query((rs, n) -> map(rs))
                .optional();
    }

    @Override
    public Optional<DialJob> find(long jobId) {
        return jdbc.sql("select " + COLUMNS + " from dial_job j where j.job_id = ?")
                .param(jobId)
                .query((rs, n) -> map(rs))
                .optional();
    }

    @Override
    public List<DialJob> lockDue(long campaignId, Instant now, int limit) {
        // The campaign's status is read here, at dial time: a pause or stop takes effect on the next scan.
        return jdbc.sql("select " + COLUMNS + """
                 from dial_job j join campaign c on c.campaign_id = j.campaign_id
                where j.campaign_id = ? and j.phase = 'WAITING' and j.next_attempt_at <= ? and c.status = 'ACTIVE'
                order by j.next_attempt_at, j.job_id
                limit ?
                for update of j skip locked""")
                .params(campaignId, ts(now), limit)
                .query((rs, n) -> map(rs))
                .list();
    }

    @Override
    public List<DueCampaign> dueCampaigns(Instant now, int dueLimit) {
        // Due jobs are counted up to a limit: a campaign with a million due jobs costs no more than one with 100.
        return jdbc.sql("""
                select c.campaign_id, c.account_id, d.due,
                       (select count(*) from dial_job x where x.campaign_id = c.campaign_id and x.phase = 'DIALING')
                           as dialing
                  from campaign c
                  cross join lateral (select count(*) as due from (
                          select 1 from dial_job j where j.campaign_id = c.campaign_id and j.phase = 'WAITING'
                             and j.next_attempt_at <= ? limit ?) s) d
                 where c.status = 'ACTIVE' and d.due > 0""")
                .params(ts(now), dueLimit)
                .query((rs, n) -> new DueCampaign(rs.getLong("campaign_id"), rs.getLong("account_id"),
                        rs.getInt("due"), rs.getInt("dialing")))
                .list();
    }

    @Override
    public void waitForWindow(long jobId, Instant opensAt) {
        jdbc.sql("update dial_job set next_attempt_at = ?, window_wait = true, updated_at = now() where job_id = ?")
                .params(ts(opensAt), jobId)
                .update();
    }

    @Override
    public int recheckWindows(long campaignId, Instant now) {
        return jdbc.sql("""
                update dial_job set next_attempt_at = ?, updated_at = now()
                where campaign_id = ? and phase = 'WAITING' and window_wait and next_attempt_at > ?""")
                .params(ts(now), campaignId, ts(now))
                .update();
    }

    @Override
    public void releaseClaim(long jobId, UUID attemptId, int attemptsBefore) {
        jdbc.sql("""
                update dial_job set phase = 'WAITING', attempts = ?, current_attempt_id = null,
                    next_attempt_at = now(), updated_at = now()
                where job_id = ? and phase = 'DIALING' and current_attempt_id = ?""")
                .params(attemptsBefore, jobId, attemptId)
                .update();
    }

    @Override
    public void markDialing(long jobId, int attempts, UUID attemptId) {
        jdbc.sql("""
                update dial_job set phase = 'DIALING', attempts = ?, current_attempt_id = ?, next_attempt_at = null,
                    window_wait = false, updated_at = now()
                where job_id = ?""")
                .params(attempts, attemptId, jobId)
                .update();
    }

    @Override
    public void scheduleRetry(long jobId, Instant at) {
        jdbc.sql("""
                update dial_job set phase = 'WAITING', next_attempt_at = ?, updated_at = now()
                where job_id = ?""")
                .params(ts(at), jobId)
                .update();
    }

    @Override
    public void finish(long jobId, JobOutcomeRecord outcome) {
        jdbc.sql("""
                update dial_job set phase = 'FINISHED', next_attempt_at = null, job_state = ?, contact_status = ?,
                    outcome = ?, updated_at = now()
                where job_id = ?""")
                .params(outcome.jobState(), outcome.contactStatus(), outcome.outcome(), jobId)
                .update();
    }

    @Override
    public void cancel(long jobId, String reason) {
        jdbc.sql("""
                update dial_job set phase = 'CANCELLED', next_attempt_at = null, reason = ?, updated_at = now()
                where job_id = ? and phase in ('WAITING', 'DIALING')""")
                .params(reason, jobId)
                .update();
    }

    private static DialJob map(ResultSet rs) throws SQLException {
        return new DialJob(rs.getLong("job_id"), rs.getLong("campaign_id"), rs.getLong("account_id"),
                DialChannel.valueOf(rs.getString("channel")),
                Arrays.asList((String[]) rs.getArray("numbers").getArray()),
                rs.getBoolean("wants_pressed_keys"), rs.getString("agent_number"), rs.getBoolean("simulation"),
                instant(rs, "send_at"), JobPhase.valueOf(rs.getString("phase")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getObject("current_attempt_id", UUID.class),
                rs.getString("country"));
    }
}
