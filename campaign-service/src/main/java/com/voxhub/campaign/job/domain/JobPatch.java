package com.voxhub.campaign.job.domain;

import java.util.Set;

/**
 * A PATCH of a job: {@code values} holds the request decoded as a draft, {@code given} the wire names of the
 * fields the request actually carried. Only those change; a given {@code null} clears an optional field.
 */
public record JobPatch(Set<String> given, JobDraft values) {

    public JobPatch {
        given = Set.copyOf(given);
    }

    boolean has(String field) {
        return given.contains(field);
    }

    /** The job as it would be after the patch, as a draft for {@link JobValidator} to check and normalize. */
    JobDraft applyTo(Job j) {
        JobDraft v = values;
        return new JobDraft(j.campaignId(),
                has("reference") ? v.reference() : j.reference(),
                has("name") ? v.name() : j.name(),
                has("email") ? v.email() : j.email(),
                has("numbers") ? v.numbers() : j.numbers(),
                has("appointment") ? v.appointment() : j.appointment(),
                has("data") ? v.data() : j.data(),
                has("label") ? v.label() : j.label(),
                has("url") ? v.url() : j.url(),
                has("value") ? v.value() : j.value(),
                has("address_lines") ? v.addressLines() : j.addressLines(),
                has("city") ? v.city() : j.city(),
                has("postal_code") ? v.postalCode() : j.postalCode(),
                has("country") ? v.country() : j.country());
    }
}
