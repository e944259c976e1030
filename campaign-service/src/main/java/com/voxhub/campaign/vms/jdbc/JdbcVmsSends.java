package com.voxhub.campaign.vms.jdbc;

import com.voxhub.campaign.vms.domain.VmsOrder;
import com.voxhub.campaign.vms.domain.VmsSends;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcVmsSends implements VmsSends {

    private final JdbcClient jdbc;

    JdbcVmsSends(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(long accountId, long campaignId, String ticket, VmsOrder o, long costMinor, int estimatedDuration) {
        jdbc.sql("""
                insert into vms_send (ticket_number, account_id, campaign_id, number_of_contacts, cost_minor,
                    estimated_duration, send_at, purpose, type, auto_delete_optout_contacts, get_back_pressed_keys)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ticket, accountId, campaignId, o.recipients().size(), costMinor, estimatedDuration,
                        o.sendAt() == null ? null : Timestamp.from(o.sendAt()), o.purpose(), o.type(),
                        o.autoDeleteOptoutContacts(), o.getBackPressedKeys())
                .update();
    }
}
