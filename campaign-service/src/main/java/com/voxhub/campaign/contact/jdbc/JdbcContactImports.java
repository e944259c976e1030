package com.voxhub.campaign.contact.jdbc;

import com.voxhub.campaign.contact.domain.ContactImport;
import com.voxhub.campaign.contact.domain.ContactImports;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcContactImports implements ContactImports {

    private final JdbcClient jdbc;

    JdbcContactImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ContactImport create(long accountId, long campaignId) {
        return jdbc.sql("insert into contact_import (account_id, campaign_id) values (?, ?) returning *")
                .params(accountId, campaignId).query(this::map).single();
    }

    @Override
    public Optional<ContactImport> find(long accountId, long campaignId, long importId) {
        return jdbc.sql("select * from contact_import where id = ? and account_id = ? and campaign_id = ?")
                .params(importId, accountId, campaignId).query(this::map).optional();
    }

    @Override
    public Optional<ContactImport> get(long importId) {
        return jdbc.sql("select * from contact_import where id = ?").param(importId).query(this::map).optional();
    }

    @Override
    public void read(long importId, int read) {
        jdbc.sql("update contact_import set read_count = ?, updated_at = now() where id = ?").params(read, importId).update();
    }

    @Override
    public void readingDone(long importId, int total) {
        jdbc.sql("update contact_import set total = ?, read_count = ?, phase = 'queueing', updated_at = now() where id = ?")
                .params(total, total, importId).update();
    }

    @Override
    public void advance(long importId, int nextSeq, int processedDelta) {
        jdbc.sql("update contact_import set next_seq = ?, processed = processed + ?, updated_at = now() where id = ?")
                .params(nextSeq, processedDelta, importId).update();
    }

    @Override
    public void complete(long importId) {
        jdbc.sql("update contact_import set status = 'completed', phase = 'done', updated_at = now() where id = ?")
                .param(importId).update();
    }

    @Override
    public void fail(long importId, String details, String message) {
        jdbc.sql("""
                update contact_import set status = 'failed', phase = 'done', processed = 0, error_details = ?,
                    error_message = ?, updated_at = now()
                where id = ?""").params(details, message, importId).update();
    }

    @Override
    public List<ContactImport> unfinished() {
        return jdbc.sql("select * from contact_import where status = 'in_progress' order by id").query(this::map).list();
    }

    private ContactImport map(ResultSet rs, int row) throws SQLException {
        int total = rs.getInt("total");
        Integer totalOrNull = rs.wasNull() ? null : total;
        return new ContactImport(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("campaign_id"),
                ContactImport.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                ContactImport.Phase.valueOf(rs.getString("phase").toUpperCase(Locale.ROOT)), totalOrNull,
                rs.getInt("read_count"), rs.getInt("processed"), rs.getInt("next_seq"), rs.getString("error_details"),
                rs.getString("error_message"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
