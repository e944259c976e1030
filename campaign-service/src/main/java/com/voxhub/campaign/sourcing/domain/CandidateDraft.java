package com.voxhub.campaign.sourcing.domain;

/** One candidate as the caller sends it (seed 000); any field may be missing or wrong. */
public record CandidateDraft(String firstName, String lastName, String phone, String email) {
}
