package com.voxhub.campaign.contact.domain;

/**
 * A contact that passed {@link ContactValidator}: {@code phoneNumber} as the caller wrote it (the seed echoes it),
 * {@code phoneE164} what the dialer calls and what makes a contact unique within its campaign.
 */
public record ValidContact(String name, String email, String phoneNumber, String phoneE164, String outboundNumber,
                           String externalUniqueId) {
}
