package com.voxhub.campaign.campaign.jdbc;

import com.voxhub.campaign.campaign.domain.CallingWindow;
import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.campaign.domain.CampaignStats;
import com.voxhub.campaign.campaign.domain.CampaignStatus;
import com.voxhub.campaign.campaign.domain.Campaigns;
import com.voxhub.campaign.campaign.domain.Channel;
import com.voxhub.campaign.campaign.domain.ValidCampaign;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCampaigns implements Campaigns {

    private final JdbcClient jdbc;

    JdbcCampaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Campaign insert(long accountId, ValidCampaign c) {
        CallingWindow w = c.callingWindow();
        return jdbc.sql("""
                insert into campaign (account_id, name, channel, country, timezone, calling_window_start,
                    calling_window_end, calling_window_days, max_attempts, retry_delays_minutes, sender,
                    sms_invite_template, sms_template, email_subject, email_template, vms_text, voice_language,
                    voice_gender)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning *""")
                .params(accountId, c.name(), c.channel().wire(), c.country(), c.timezone(),
                        w == null ? null : w.start(), w == null ? null : w.end(),
                        w == null ? new String[0] : w.days().toArray(String[]::new),
                        c.maxAttempts(), c.retryDelaysMinutes().toArray(Integer[]::new), c.sender(),
                        c.smsInviteTemplate(), c.smsTemplate(), c.emailSubject(), c.emailTemplate(), c.vmsText(),
                        c.voiceLanguage(), c.voiceGender())
                .query(JdbcCampaigns::map)
                .single();
    }

    @Override
    public Optional<Campaign> find(long accountId, long campaignId) {
        return jdbc.sql("select * from campaign where id = ? and account_id = ?")
                .params(campaignId, accountId)
                .query(JdbcCampaigns::map)
                .optional();
    }

    @Override
    public List<Campaign> findAll(long accountId, Collection<Long> ids) {
        return jdbc.sql("select * from campaign where account_id = ? and id = any(?)")
                .params(accountId, ids.toArray(Long[]::new))
                .query(JdbcCampaigns::map)
                .list();
    }

    @Override
    public Optional<Campaign> findForUpdate(long accountId, long campaignId) {
        return jdbc.sql("select * from campaign where id = ? and account_id = ? for update")
                .params(campaignId, accountId)
                .query(JdbcCampaigns::map)
                .optional();
    }

    @Override
    public Campaign update(long campaignId, ValidCampaign c) {
        CallingWindow w = c.callingWindow();
        return jdbc.sql("""
                update campaign set name = ?, channel = ?, country = ?, timezone = ?, calling_window_start = ?,
                    calling_window_end = ?, calling_window_days = ?, max_attempts = ?, retry_delays_minutes = ?,
                    sender = ?, sms_invite_template = ?, sms_template = ?, email_subject = ?, email_template = ?,
                    vms_text = ?, voice_language = ?, voice_gender = ?, version = version + 1, updated_at = now()
                where id = ? returning *""")
                .params(c.name(), c.channel().wire(), c.country(), c.timezone(),
                        w == null ? null : w.start(), w == null ? null : w.end(),
                        w == null ? new String[0] : w.days().toArray(String[]::new),
                        c.maxAttempts(), c.retryDelaysMinutes().toArray(Integer[]::new), c.sender(),
                        c.smsInviteTemplate(), c.smsTemplate(), c.emailSubject(), c.emailTemplate(), c.vmsText(),
                        c.voiceLanguage(), c.voiceGender(), campaignId)
                .query(JdbcCampaigns::map)
                .single();
    }

    @Override
    public List<CampaignStats.JobCount> jobCounts(long campaignId) {
        return jdbc.sql("select state, contact_status, count(*) as n from job where campaign_id = ? group by state, contact_status")
                .param(campaignId)
                .query((rs, row) -> new CampaignStats.JobCount(rs.getInt("state"), rs.getString("contact_status"), rs.getLong("n")))
                .list();
    }

    @Override
    public List<Campaign> list(long accountId, long afterId, int limit) {
        return jdbc.sql("select * from campaign where account_id = ? and id > ? order by id limit ?")
                .params(accountId, afterId, limit)
                .query(JdbcCampaigns::map)
                .list();
    }

    @Override
    public Campaign updateStatus(long campaignId, CampaignStatus status) {
        return jdbc.sql("""
                update campaign set status = ?, version = version + 1, updated_at = now()
                where id = ? returning *""")
                .params(status.wire(), campaignId)
                .query(JdbcCampaigns::map)
                .single();
    }

    static Campaign map(ResultSet rs, int row) throws SQLException {
        String start = rs.getString("calling_window_start");
        CallingWindow window = start == null ? null
                : new CallingWindow(start, rs.getString("calling_window_end"), List.of((String[]) rs.getArray("calling_window_days").getArray()));
        return new Campaign(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getString("name"),
                Channel.valueOf(rs.getString("channel").toUpperCase(Locale.ROOT)),
                rs.getString("country"),
                rs.getString("timezone"),
                CampaignStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                window,
                rs.getInt("max_attempts"),
                ints(rs.getArray("retry_delays_minutes")),
                rs.getString("sender"),
                rs.getString("sms_invite_template"),
                rs.getString("sms_template"),
                rs.getString("email_subject"),
                rs.getString("email_template"),
                rs.getString("vms_text"),
                rs.getString("voice_language"),
                rs.getString("voice_gender"),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<Integer> ints(Array array) throws SQLException {
        return Arrays.asList((Integer[]) array.getArray());
    }
}
