package com.voxhub.messaging.campaign.jdbc;

import com.voxhub.messaging.campaign.domain.Campaign;
import com.voxhub.messaging.campaign.domain.CampaignState;
import com.voxhub.messaging.campaign.domain.Campaigns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

@Repository
public class JdbcCampaigns implements Campaigns {

    private final JdbcClient jdbc;

    public JdbcCampaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean save(Campaign c) {
        // The WHERE on the update keeps the newest snapshot when the compacted topic replays older ones.
        return jdbc.sql("""
                INSERT INTO campaign (campaign_id, account_id, version, name, channel, status, sender, sms_template,
                                      sms_invite_template, email_subject, email_template, updated_at)
                VALUES (:id, :account, :version, :name, :channel, :status, :sender, :sms, :invite, :subject, :email,
                        now())
                ON CONFLICT (campaign_id) DO UPDATE SET
                    account_id = excluded.account_id, version = excluded.version, name = excluded.name,
                    channel = excluded.channel, status = excluded.status, sender = excluded.sender,
                    sms_template = excluded.sms_template, sms_invite_template = excluded.sms_invite_template,
                    email_subject = excluded.email_subject, email_template = excluded.email_template,
                    updated_at = now()
                WHERE campaign.version < excluded.version""")
                .param("id", c.campaignId())
                .param("account", c.accountId())
                .param("version", c.version())
                .param("name", c.name())
                .param("channel", c.channel())
                .param("status", c.status().name())
                .param("sender", c.sender())
                .param("sms", c.smsTemplate())
                .param("invite", c.smsInviteTemplate())
                .param("subject", c.emailSubject())
                .param("email", c.emailTemplate())
                .update() == 1;
    }

    @Override
    public Optional<Campaign> find(long campaignId) {
        return jdbc.sql("SELECT * FROM campaign WHERE campaign_id = ?")
                .param(campaignId)
                .query(JdbcCampaigns::map)
                .optional();
    }

    private static Campaign map(ResultSet rs, int row) throws SQLException {
        return new Campaign(rs.getLong("campaign_id"), rs.getLong("account_id"), rs.getLong("version"),
                rs.getString("name"), rs.getString("channel"), CampaignState.valueOf(rs.getString("status")),
                rs.getString("sender"), rs.getString("sms_template"), rs.getString("sms_invite_template"),
                rs.getString("email_subject"), rs.getString("email_template"));
    }
}
