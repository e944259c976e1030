package com.voxhub.campaign.contact.domain;

/** A contact as a caller sends it (seed 004 body or one element of an import file); any field may be missing. */
public record ContactDraft(String name, String email, String phoneNumber, String outboundNumber, String externalUniqueId) {
}
