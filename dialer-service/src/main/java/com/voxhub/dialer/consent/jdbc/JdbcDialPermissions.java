package com.voxhub.dialer.consent.jdbc;

import static com.voxhub.dialer.support.SqlTime.instant;
import static com.voxhub.dialer.support.SqlTime.ts;

import com.voxhub.dialer.consent.domain.DialPermissions;
import com.voxhub.dialer.consent.domain.PhoneNumbers;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDialPermissions implements DialPermissions {

    // An opt-out of calls: VOICE or VMS consent (messaging's STOP sets both, and SMS too).
    private static final String BLOCKED = """
            select exists (select 1 from dnc_number where account_id = ? and number = ?)
                or exists (select 1 from consent where account_id = ? and address = ?
                              and channel in ('VOICE', 'VMS') and status = 'OPTED_OUT')""";

    private final JdbcClient jdbc;

    JdbcDialPermissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isBlocked(long accountId, String number) {
        String canonical = PhoneNumbers.canonical(number);
        return Boolean.TRUE.equals(jdbc.sql(BLOCKED).params(accountId, canonical, accountId, canonical)
                .query(Boolean.class).single());
    }

    @Override
    public void recordConsent(long accountId, String channel, String address, boolean optedOut, String source,
                              Instant occurredAt) {
        jdbc.sql("""
                insert into consent (account_id, channel, address, status, source, occurred_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (account_id, address, channel) do update
                   set status = excluded.status, source = excluded.source, occurred_at = excluded.occurred_at,
                       updated_at = now()
                 where consent.occurred_at <= excluded.occurred_at""")
                .params(accountId, channel, PhoneNumbers.canonical(address), optedOut ? "OPTED_OUT" : "OPTED_IN",
                        source, ts(occurredAt))
                .update();
    }

    @Override
    public boolean addDoNotCall(long accountId, String number, Instant at) {
        return jdbc.sql("insert into dnc_number (account_id, number, added_at) values (?, ?, ?) on conflict do nothing")
                .params(accountId, number, ts(at)).update() == 1;
    }

    @Override
    public boolean removeDoNotCall(long accountId, String number) {
        return jdbc.sql("delete from dnc_number where account_id = ? and number = ?")
                .params(accountId, number).update() == 1;
    }

    @Override
    public boolean isOnDoNotCallList(long accountId, String number) {
        return jdbc.sql("select count(*) from dnc_number where account_id = ? and number = ?")
                .params(accountId, number).query(Long.class).single() > 0;
    }

    @Override
    public List<DoNotCallEntry> doNotCallList(long accountId, int limit, int offset) {
        return jdbc.sql("""
                select number, added_at from dnc_number where account_id = ?
                order by added_at desc, number limit ? offset ?""")
                .params(accountId, limit, offset)
                .query((rs, n) -> new DoNotCallEntry(rs.getString("number"), instant(rs, "added_at")))
                .list();
    }
}
