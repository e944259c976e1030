package com.voxhub.campaign.contact.web;

import com.voxhub.campaign.contact.domain.Contact;
import com.voxhub.campaign.contact.domain.ContactDraft;
import com.voxhub.campaign.contact.domain.ContactImport;
import com.voxhub.campaign.contact.domain.ContactRejection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The seed's JSON bodies, key for key (maps keep the seed's key order and its explicit nulls). */
final class ContactViews {

    static final String PARENT_JOB = "Jobs::Bulk::Campaign::ParentJob";
    static final String FAILED_JOB = "Jobs::Bulk::Campaign::StartImport";
    private static final DateTimeFormatter RAILS_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ContactViews() {
    }

    /** A contact as the add answer echoes it (the seed's five fields; the id is added so it can be patched). */
    static Map<String, Object> echo(ContactDraft draft, Long id) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (id != null) {
            body.put("id", id);
        }
        body.put("name", draft.name());
        body.put("email", draft.email());
        body.put("phone_number", draft.phoneNumber());
        body.put("outbound_number", draft.outboundNumber());
        body.put("external_unique_id", draft.externalUniqueId());
        return body;
    }

    static Map<String, Object> refused(ContactDraft draft, ContactRejection rejection) {
        Map<String, Object> body = echo(draft, null);
        body.put("error_details", rejection.details());
        body.put("error_message", rejection.message());
        return body;
    }

    /** A contact as patch, delete and list show it. */
    static Map<String, Object> contact(Contact c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", c.id());
        body.put("name", c.job().name());
        body.put("campaign_id", c.job().campaignId());
        body.put("assigned_call_id", null);
        body.put("assigned_participant_id", null);
        body.put("outbound_number", c.outboundNumber());
        body.put("priority", null);
        body.put("created_at", time(c.job().createdAt()));
        body.put("updated_at", time(c.job().modifiedAt()));
        body.put("status", c.status().displayName());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("NAME (REQUIRED)", c.job().name());
        metadata.put("PHONE (REQUIRED)", c.phoneNumber());
        metadata.put("EMAIL (REQUIRED)", c.job().email());
        body.put("user_custom_metadata", metadata);
        body.put("email", c.job().email());
        body.put("phone_number", c.phoneNumber());
        body.put("external_unique_id", c.externalUniqueId());
        return body;
    }

    /** The import job as the seed shows it, plus {@code progress} (processed of total; total null while reading). */
    static Map<String, Object> importJob(ContactImport imp) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (imp.status() == ContactImport.Status.FAILED) {
            body.put("error_details", imp.errorDetails());
            body.put("error_message", imp.errorMessage());
        }
        body.put("id", imp.id());
        body.put("status", imp.status().name().toLowerCase(Locale.ROOT));
        body.put("type", imp.status() == ContactImport.Status.FAILED ? FAILED_JOB : PARENT_JOB);
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("processed", imp.processed());
        progress.put("total", imp.total());
        progress.put("read", imp.read());
        body.put("progress", progress);
        return body;
    }

    private static String time(Instant instant) {
        return RAILS_TIME.format(instant);
    }
}
