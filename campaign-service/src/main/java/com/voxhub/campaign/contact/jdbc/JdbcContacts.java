package com.voxhub.campaign.contact.jdbc;

import com.voxhub.campaign.contact.domain.Contact;
import com.voxhub.campaign.contact.domain.ContactQuery;
import com.voxhub.campaign.contact.domain.ContactRejectedException;
import com.voxhub.campaign.contact.domain.ContactRejection;
import com.voxhub.campaign.contact.domain.ContactStatus;
import com.voxhub.campaign.contact.domain.Contacts;
import com.voxhub.campaign.contact.domain.ValidContact;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcContacts implements Contacts {

    private static final String LIVE = "account_id = ? and campaign_id = ? and contact_phone is not null and contact_deleted_at is null";

    private final JdbcClient jdbc;
    private final ContactRows rows;

    JdbcContacts(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.rows = new ContactRows(json);
    }

    @Override
    public Contact insert(long accountId, long campaignId, ValidContact c) {
        return unique(() -> jdbc.sql("""
                insert into job (account_id, campaign_id, name, email, numbers, contact_phone, phone_number,
                    outbound_number, external_unique_id, contact_status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning *""")
                .params(accountId, campaignId, c.name(), c.email(), new String[] {c.phoneE164()}, c.phoneE164(),
                        c.phoneNumber(), c.outboundNumber(), c.externalUniqueId(), ContactStatus.INITIAL.displayName())
                .query(rows).single());
    }

    @Override
    public Optional<Contact> find(long accountId, long campaignId, long contactId) {
        return jdbc.sql("select * from job where id = ? and " + LIVE + " for update")
                .params(contactId, accountId, campaignId).query(rows).optional();
    }

    @Override
    public Optional<Contact> findByPhone(long accountId, long campaignId, String phoneE164) {
        return jdbc.sql("select * from job where contact_phone = ? and " + LIVE + " for update")
                .params(phoneE164, accountId, campaignId).query(rows).optional();
    }

    @Override
    public Optional<Contact> findByExternalId(long accountId, long campaignId, String externalUniqueId) {
        return jdbc.sql("select * from job where external_unique_id = ? and " + LIVE + " order by id limit 1 for update")
                .params(externalUniqueId, accountId, campaignId).query(rows).optional();
    }

    @Override
    public List<Contact> list(long accountId, long campaignId, ContactQuery q) {
        return jdbc.sql("select * from job where " + LIVE
                        + " and (?::text is null or contact_phone = ?) and (?::text is null or external_unique_id = ?)"
                        + " order by id limit ? offset ?")
                .params(accountId, campaignId, q.phoneE164(), q.phoneE164(), q.externalUniqueId(), q.externalUniqueId(),
                        q.perPage(), q.offset())
                .query(rows).list();
    }

    @Override
    public Contact update(long contactId, ValidContact c) {
        return unique(() -> jdbc.sql("""
                update job set name = ?, email = ?, numbers = ?, contact_phone = ?, phone_number = ?, outbound_number = ?,
                    external_unique_id = ?, modified_at = now()
                where id = ? returning *""")
                .params(c.name(), c.email(), new String[] {c.phoneE164()}, c.phoneE164(), c.phoneNumber(),
                        c.outboundNumber(), c.externalUniqueId(), contactId)
                .query(rows).single());
    }

    @Override
    public Contact delete(long contactId) {
        // A job still waiting or being dialed is cancelled (seed 002 state 4); an ended job keeps its outcome.
        return jdbc.sql("""
                update job set contact_deleted_at = now(), modified_at = now(),
                    state = case when state < 2 then 4 else state end
                where id = ? returning *""")
                .param(contactId).query(rows).single();
    }

    @Override
    public void stage(long importId, int firstSeq, List<ValidContact> batch) {
        int n = batch.size();
        Integer[] seq = new Integer[n];
        for (int i = 0; i < n; i++) {
            seq[i] = firstSeq + i;
        }
        jdbc.sql("""
                insert into contact_import_row (import_id, seq, name, email, phone_number, contact_phone, outbound_number,
                    external_unique_id)
                select ?, * from unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])""")
                .params(importId, seq, column(batch, ValidContact::name), column(batch, ValidContact::email),
                        column(batch, ValidContact::phoneNumber), column(batch, ValidContact::phoneE164),
                        column(batch, ValidContact::outboundNumber), column(batch, ValidContact::externalUniqueId))
                .update();
    }

    @Override
    public boolean stagedPhonesCollide(long importId, long campaignId) {
        return jdbc.sql("""
                select exists (select 1 from contact_import_row where import_id = ?
                               group by contact_phone having count(*) > 1)
                    or exists (select 1 from contact_import_row r
                               join job j on j.campaign_id = ? and j.contact_phone = r.contact_phone
                                         and j.contact_deleted_at is null
                               where r.import_id = ?)""")
                .params(importId, campaignId, importId).query(Boolean.class).single();
    }

    @Override
    public List<Contact> promote(long importId, long accountId, long campaignId, int fromSeq, int toSeq) {
        return unique(() -> jdbc.sql("""
                insert into job (account_id, campaign_id, name, email, numbers, contact_phone, phone_number,
                    outbound_number, external_unique_id, contact_status, contact_import_id)
                select ?, ?, name, email, array[contact_phone], contact_phone, phone_number, outbound_number,
                    external_unique_id, ?, import_id
                from contact_import_row where import_id = ? and seq >= ? and seq < ? order by seq
                returning *""")
                .params(accountId, campaignId, ContactStatus.INITIAL.displayName(), importId, fromSeq, toSeq)
                .query(rows).list());
    }

    @Override
    public List<Contact> withdrawImported(long importId, int limit) {
        return jdbc.sql("""
                update job set contact_deleted_at = now(), modified_at = now(), state = case when state < 2 then 4 else state end
                where id in (select id from job where contact_import_id = ? and contact_deleted_at is null order by id limit ?)
                returning *""")
                .params(importId, limit).query(rows).list();
    }

    @Override
    public void dropStaged(long importId) {
        jdbc.sql("delete from contact_import_row where import_id = ?").param(importId).update();
    }

    private static String[] column(List<ValidContact> batch, Function<ValidContact, String> field) {
        return batch.stream().map(field).toArray(String[]::new);
    }

    private static <T> T unique(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException e) {
            throw new ContactRejectedException(ContactRejection.duplicatePhone());
        }
    }
}
