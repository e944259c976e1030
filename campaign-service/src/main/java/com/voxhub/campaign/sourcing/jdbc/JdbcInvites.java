package com.voxhub.campaign.sourcing.jdbc;

import com.voxhub.campaign.sourcing.domain.CandidateDraft;
import com.voxhub.campaign.sourcing.domain.Invite;
import com.voxhub.campaign.sourcing.domain.InviteStatus;
import com.voxhub.campaign.sourcing.domain.Invites;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcInvites implements Invites {

    private final JdbcClient jdbc;

    JdbcInvites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> phonesInCampaign(long campaignId, Collection<String> phones) {
        if (phones.isEmpty()) {
            return Set.of();
        }
        String[] wanted = phones.toArray(String[]::new);
        // A phone is "in the campaign" as a candidate or as a number of a job that is not unqueued (state 4):
        // seed-002 jobs, seed-004 contacts (a deleted contact is an unqueued job) and earlier candidates alike.
        return new HashSet<>(jdbc.sql("""
                select phone from candidate_invite where campaign_id = :campaign and phone = any(:phones)
                union
                select n from job, unnest(numbers) n
                where campaign_id = :campaign and state <> 4 and n = any(:phones)""")
                .param("campaign", campaignId).param("phones", wanted)
                .query(String.class).list());
    }

    @Override
    public Invite insert(long accountId, long campaignId, String token, CandidateDraft c, long inviteJobId) {
        return jdbc.sql("""
                insert into candidate_invite (account_id, campaign_id, token, phone, first_name, last_name, email, invite_job_id)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning *""")
                .params(accountId, campaignId, token, c.phone(), c.firstName(), c.lastName(), c.email(), inviteJobId)
                .query(JdbcInvites::map).single();
    }

    @Override
    public Optional<Invite> lockByToken(String token) {
        return jdbc.sql("select * from candidate_invite where token = ? for update").param(token).query(JdbcInvites::map).optional();
    }

    @Override
    public void clicked(long inviteId, Instant at) {
        jdbc.sql("update candidate_invite set status = 'clicked', clicked_at = ? where id = ? and status = 'invited'")
                .params(Timestamp.from(at), inviteId).update();
    }

    @Override
    public void registered(long inviteId, long callJobId, Instant preferredTime, Instant at) {
        jdbc.sql("""
                update candidate_invite set status = 'registered', call_job_id = ?, preferred_time = ?, registered_at = ?,
                    clicked_at = coalesce(clicked_at, ?)
                where id = ?""")
                .params(callJobId, preferredTime == null ? null : Timestamp.from(preferredTime), Timestamp.from(at),
                        Timestamp.from(at), inviteId)
                .update();
    }

    @Override
    public void activity(long inviteId, String kind, Instant at) {
        jdbc.sql("insert into candidate_invite_activity (invite_id, kind, occurred_at) values (?, ?, ?)")
                .params(inviteId, kind, Timestamp.from(at)).update();
    }

    private static Invite map(ResultSet rs, int row) throws SQLException {
        long callJob = rs.getLong("call_job_id");
        Long callJobId = rs.wasNull() ? null : callJob;
        return new Invite(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("campaign_id"), rs.getString("token"),
                rs.getString("phone"), rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"),
                rs.getLong("invite_job_id"), callJobId, InviteStatus.ofDb(rs.getString("status")),
                instant(rs, "preferred_time"), instant(rs, "clicked_at"), instant(rs, "registered_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
