package com.voxhub.campaign.contact.jdbc;

import com.voxhub.campaign.contact.domain.Contact;
import com.voxhub.campaign.job.domain.Job;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Maps a {@code job} row to a contact (the job and the seed-004 columns). */
final class ContactRows implements RowMapper<Contact> {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JsonMapper json;

    ContactRows(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Contact mapRow(ResultSet rs, int row) throws SQLException {
        Timestamp appointment = rs.getTimestamp("appointment");
        String data = rs.getString("data");
        Job job = new Job(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getLong("campaign_id"),
                rs.getString("reference"),
                rs.getString("name"),
                rs.getString("email"),
                List.of((String[]) rs.getArray("numbers").getArray()),
                appointment == null ? null : appointment.toInstant(),
                data == null || data.equals("{}") ? Map.of() : json.readValue(data, MAP),
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
        return new Contact(job, rs.getString("phone_number"), rs.getString("outbound_number"),
                rs.getString("external_unique_id"));
    }
}
