package com.voxhub.dialer.campaign.jdbc;

import com.voxhub.dialer.campaign.domain.CallingWindow;
import com.voxhub.dialer.campaign.domain.Campaign;
import com.voxhub.dialer.campaign.domain.CampaignStatus;
import com.voxhub.dialer.campaign.domain.Campaigns;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
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
    public boolean save(Campaign c) {
        CallingWindow window = c.callingWindow();
        // A snapshot older than the one held is a late redelivery of the compacted topic: keep the newer one.
        return jdbc.sql("""
                insert into campaign (campaign_id, account_id, version, name, channel, status, sender, max_attempts,
                    retry_delays_minutes, vms_text, voice_language, voice_gender, country, timezone,
                    calling_window_start, calling_window_end, calling_window_days, max_concurrent_calls,
                    calls_per_minute, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                on conflict (campaign_id) do update set
                    account_id = excluded.account_id, version = excluded.version, name = excluded.name,
                    channel = excluded.channel, status = excluded.status, sender = excluded.sender,
                    max_attempts = excluded.max_attempts, retry_delays_minutes = excluded.retry_delays_minutes,
                    vms_text = excluded.vms_text, voice_language = excluded.voice_language,
                    voice_gender = excluded.voice_gender, country = excluded.country, timezone = excluded.timezone,
                    calling_window_start = excluded.calling_window_start,
                    calling_window_end = excluded.calling_window_end,
                    calling_window_days = excluded.calling_window_days,
                    max_concurrent_calls = excluded.max_concurrent_calls,
                    calls_per_minute = excluded.calls_per_minute, updated_at = now()
                where campaign.version <= excluded.version""")
                .params(c.id(), c.accountId(), c.version(), c.name(), c.channel(), c.status().name(), c.sender(),
                        c.maxAttempts(), c.retryDelaysMinutes().toArray(Integer[]::new), c.vmsText(),
                        c.voiceLanguage(), c.voiceGender(), c.country(), c.timezone(),
                        window == null ? null : window.start(), window == null ? null : window.end(),
                        window == null ? null : window.days().toArray(String[]::new),
                        c.maxConcurrentCalls(), c.callsPerMinute())
                .update() == 1;
    }

    @Override
    public Optional<Campaign> find(long campaignId) {
        return jdbc.sql("select * from campaign where campaign_id = ?")
                .param(campaignId)
                .query((rs, n) -> map(rs))
                .optional();
    }

    private static Campaign map(ResultSet rs) throws SQLException {
        String windowStart = rs.getString("calling_window_start");
        CallingWindow window = windowStart == null ? null
                : new CallingWindow(windowStart, rs.getString("calling_window_end"),
                strings(rs.getArray("calling_window_days")));
        return new Campaign(rs.getLong("campaign_id"), rs.getLong("account_id"), rs.getLong("version"),
                rs.getString("name"), rs.getString("channel"), CampaignStatus.valueOf(rs.getString("status")),
                rs.getString("sender"), rs.getInt("max_attempts"), integers(rs.getArray("retry_delays_minutes")),
                rs.getString("vms_text"), rs.getString("voice_language"), rs.getString("voice_gender"),
                rs.getString("country"), rs.getString("timezone"), window,
                (Integer) rs.getObject("max_concurrent_calls"), (Integer) rs.getObject("calls_per_minute"));
    }

    private static List<Integer> integers(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
