package com.voxhub.campaign.contact.domain;

import java.util.List;
import java.util.Optional;

/**
 * Port: contacts are rows of the {@code job} table with the seed-004 columns; a deleted contact stays as an
 * unqueued job and is invisible here. Every read is scoped to the owning account and campaign.
 */
public interface Contacts {

    /** @throws ContactRejectedException with {@link ContactRejection#DUPLICATE_PHONE} when the phone is taken */
    Contact insert(long accountId, long campaignId, ValidContact contact);

    Optional<Contact> find(long accountId, long campaignId, long contactId);

    Optional<Contact> findByPhone(long accountId, long campaignId, String phoneE164);

    Optional<Contact> findByExternalId(long accountId, long campaignId, String externalUniqueId);

    List<Contact> list(long accountId, long campaignId, ContactQuery query);

    /** @throws ContactRejectedException with {@link ContactRejection#DUPLICATE_PHONE} when the new phone is taken */
    Contact update(long contactId, ValidContact contact);

    /** Hides the contact and cancels its job (state 4) unless the job already ended; returns the job after. */
    Contact delete(long contactId);

    // --- imports: contacts are first staged (validated, durable), then queued batch by batch ---

    void stage(long importId, int firstSeq, List<ValidContact> batch);

    /** Whether two staged contacts share a phone, or a staged phone is already a live contact of the campaign. */
    boolean stagedPhonesCollide(long importId, long campaignId);

    /** Moves staged contacts {@code [fromSeq, toSeq)} into the campaign as queued jobs. */
    List<Contact> promote(long importId, long accountId, long campaignId, int fromSeq, int toSeq);

    /** Deletes up to {@code limit} contacts this import created (to undo a failed import); returns them. */
    List<Contact> withdrawImported(long importId, int limit);

    void dropStaged(long importId);
}
