package com.voxhub.campaign.job.jdbc;

import com.voxhub.campaign.job.domain.DuplicateReferenceException;
import com.voxhub.campaign.job.domain.Job;
import com.voxhub.campaign.job.domain.JobDraft;
import com.voxhub.campaign.job.domain.Jobs;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
