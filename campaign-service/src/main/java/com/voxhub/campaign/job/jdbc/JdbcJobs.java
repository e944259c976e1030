package com.voxhub.campaign.job.jdbc;

import com.voxhub.campaign.job.domain.DuplicateReferenceException;
import com.voxhub.campaign.job.domain.Job;
import com.voxhub.campaign.job.domain.JobDraft;
import com.voxhub.campaign.job.domain.JobState;
import com.voxhub.campaign.job.domain.Jobs;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcJobs implements Jobs {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcJobs(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Job insert(long accountId, long campaignId, JobDraft j) {
        try {
            return jdbc.sql("""
                    insert into job (account_id, campaign_id, reference, name, email, numbers, appointment, data, label,
                        url, value, address_lines, city, postal_code, country)
                    values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)
                    returning *""")
                    .params(accountId, campaignId, j.reference(), j.name(), j.email(),
                            j.numbers().toArray(String[]::new),
                            j.appointment() == null ? null : Timestamp.from(j.appointment()),
                            json.writeValueAsString(j.data()), j.label(), j.url(), j.value(),
                            j.addressLines().toArray(String[]::new), j.city(), j.postalCode(), j.country())
                    .query(this::map)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new DuplicateReferenceException(j.reference());
        }
    }

    @Override
    public List<Job> insertAll(long accountId, List<JobDraft> drafts) {
        int n = drafts.size();
        List<Long> ids = jdbc.sql("select nextval('job_id_seq') from generate_series(1, ?)").param(n).query(Long.class).list();
        Long[] idArray = new Long[n];
        Long[] campaigns = new Long[n];
        String[][] text = new String[12][n];
        for (int i = 0; i < n; i++) {
            JobDraft j = drafts.get(i);
            idArray[i] = ids.get(i);
            campaigns[i] = j.campaign();
            text[0][i] = j.reference();
            text[1][i] = j.name();
            text[2][i] = j.email();
            text[3][i] = PgArrays.literal(j.numbers());
            text[4][i] = j.appointment() == null ? null : j.appointment().toString();
            text[5][i] = json.writeValueAsString(j.data());
            text[6][i] = j.label();
            text[7][i] = j.url();
            text[8][i] = j.value() == null ? null : j.value().toPlainString();
            text[9][i] = PgArrays.literal(j.addressLines());
            text[10][i] = j.city();
            text[11][i] = j.postalCode();
        }
        String[] countries = drafts.stream().map(JobDraft::country).toArray(String[]::new);
        Map<Long, Instant[]> stored = new HashMap<>();
        jdbc.sql("""
                insert into job (id, account_id, campaign_id, reference, name, email, numbers, appointment, data, label,
                    url, value, address_lines, city, postal_code, country)
                select t.id, ?, t.campaign_id, t.reference, t.name, t.email, t.numbers::text[], t.appointment::timestamptz,
                    t.data::jsonb, t.label, t.url, t.value::numeric, t.address_lines::text[], t.city, t.postal_code, t.country
                from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality
                     as t(id, campaign_id, reference, name, email, numbers, appointment, data, label, url, value,
                          address_lines, city, postal_code, country, ord)
                order by t.ord
                on conflict (campaign_id, reference) where reference is not null do nothing
                returning id, created_at, modified_at""")
                .params(accountId, idArray, campaigns, text[0], text[1], text[2], text[3], text[4], text[5], text[6],
                        text[7], text[8], text[9], text[10], text[11], countries)
                .query((rs, row) -> stored.put(rs.getLong("id"),
                        new Instant[] {rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("modified_at").toInstant()}))
                .list();
        List<Job> jobs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant[] times = stored.get(idArray[i]);
            JobDraft j = drafts.get(i);
            jobs.add(times == null ? null : new Job(idArray[i], accountId, j.campaign(), j.reference(), j.name(), j.email(),
                    j.numbers(), j.appointment(), j.data(), j.label(), j.url(), j.value(), j.addressLines(), j.city(),
                    j.postalCode(), j.country(), JobState.QUEUED, null, times[0], times[1]));
        }
        return jobs;
    }

    @Override
    public Optional<Job> findForUpdate(long accountId, long jobId) {
        return jdbc.sql("select * from job where id = ? and account_id = ? for update").params(jobId, accountId).query(this::map).optional();
    }

    @Override
    public List<Job> findAllForUpdate(long accountId, Collection<Long> ids) {
        return jdbc.sql("select * from job where account_id = ? and id = any(?) order by id for update")
                .params(accountId, ids.toArray(Long[]::new))
                .query(this::map)
                .list();
    }

    @Override
    public List<Job> listModifiedSince(long accountId, Instant since, Long campaignId) {
        return jdbc.sql("""
                select * from job where account_id = ? and modified_at >= ? and (?::bigint is null or campaign_id = ?)
                order by modified_at, id""")
                .params(accountId, Timestamp.from(since), campaignId, campaignId)
                .query(this::map)
                .list();
    }

    @Override
    public Job update(long jobId, JobDraft j) {
        // A taken reference must not abort the caller's transaction (a bulk patch goes on with its other items).
        jdbc.sql("savepoint job_update").update();
        try {
            Job job = jdbc.sql("""
                    update job set reference = ?, name = ?, email = ?, numbers = ?, appointment = ?, data = ?::jsonb,
                        label = ?, url = ?, value = ?, address_lines = ?, city = ?, postal_code = ?, country = ?,
                        modified_at = now()
                    where id = ? returning *""")
                    .params(j.reference(), j.name(), j.email(), j.numbers().toArray(String[]::new),
                            j.appointment() == null ? null : Timestamp.from(j.appointment()),
                            json.writeValueAsString(j.data()), j.label(), j.url(), j.value(),
                            j.addressLines().toArray(String[]::new), j.city(), j.postalCode(), j.country(), jobId)
                    .query(this::map)
                    .single();
            jdbc.sql("release savepoint job_update").update();
            return job;
        } catch (DuplicateKeyException e) {
            jdbc.sql("rollback to savepoint job_update").update();
            throw new DuplicateReferenceException(j.reference());
        }
    }

    @Override
    public long countActive(long campaignId) {
        return jdbc.sql("select count(*) from job where campaign_id = ? and state < ?")
                .params(campaignId, JobState.SUCCEEDED)
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<Job> find(long accountId, long jobId) {
        return jdbc.sql("select * from job where id = ? and account_id = ?").params(jobId, accountId).query(this::map).optional();
    }

    @Override
    public Optional<Job> findById(long jobId) {
        return jdbc.sql("select * from job where id = ? for update").param(jobId).query(this::map).optional();
    }

    @Override
    public List<Job> listByCampaign(long accountId, long campaignId) {
        return jdbc.sql("select * from job where account_id = ? and campaign_id = ? order by id")
                .params(accountId, campaignId)
                .query(this::map)
                .list();
    }

    @Override
    public Job updateState(long jobId, int state, String contactStatus) {
        return jdbc.sql("""
                update job set state = ?, contact_status = coalesce(?, contact_status), modified_at = now()
                where id = ? returning *""")
                .params(state, contactStatus, jobId)
                .query(this::map)
                .single();
    }

    private Job map(ResultSet rs, int row) throws SQLException {
        Timestamp appointment = rs.getTimestamp("appointment");
        return new Job(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getLong("campaign_id"),
                rs.getString("reference"),
                rs.getString("name"),
                rs.getString("email"),
                List.of((String[]) rs.getArray("numbers").getArray()),
                appointment == null ? null : appointment.toInstant(),
                json.readValue(rs.getString("data"), MAP),
                rs.getString("label"),
                rs.getString("url"),
                rs.getBigDecimal("value"),
                List.of((String[]) rs.getArray("address_lines").getArray()),
                rs.getString("city"),
                rs.getString("postal_code"),
                rs.getString("country"),
                rs.getInt("state"),
                rs.getString("contact_status"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("modified_at").toInstant());
    }
}
