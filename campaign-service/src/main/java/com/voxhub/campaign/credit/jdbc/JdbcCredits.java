package com.voxhub.campaign.credit.jdbc;

import com.voxhub.campaign.credit.domain.Credits;
import com.voxhub.campaign.credit.domain.LedgerEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCredits implements Credits {

    private final JdbcClient jdbc;

    JdbcCredits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OptionalLong lockBalance(long accountId) {
        return jdbc.sql("select credit_balance_minor from account where id = ? for update").param(accountId)
                .query(Long.class).optional().map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    @Override
    public Optional<LedgerEntry> apply(long accountId, long amountMinor, String kind, String reference, String note) {
        // The guard in the update makes an overdraft impossible even for a caller that skipped the lock.
        return jdbc.sql("""
                with changed as (
                    update account set credit_balance_minor = credit_balance_minor + :amount
                    where id = :account and credit_balance_minor + :amount >= 0
                    returning id, credit_balance_minor)
                insert into credit_ledger (account_id, amount_minor, balance_after_minor, kind, reference, note)
                select id, :amount, credit_balance_minor, :kind, :reference, :note from changed
                returning *""")
                .param("amount", amountMinor).param("account", accountId).param("kind", kind)
                .param("reference", reference).param("note", note)
                .query(JdbcCredits::map).optional();
    }

    @Override
    public List<LedgerEntry> recent(long accountId, int limit) {
        return jdbc.sql("select * from credit_ledger where account_id = ? order by id desc limit ?")
                .params(accountId, limit).query(JdbcCredits::map).list();
    }

    private static LedgerEntry map(ResultSet rs, int row) throws SQLException {
        return new LedgerEntry(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("amount_minor"),
                rs.getLong("balance_after_minor"), rs.getString("kind"), rs.getString("reference"),
                rs.getString("note"), rs.getTimestamp("created_at").toInstant());
    }
}
