package com.voxhub.campaign.sourcing.domain;

import java.time.Instant;

/** A sourced candidate and where their invite stands. */
public record Invite(long id, long accountId, long campaignId, String token, String phone, String firstName,
                     String lastName, String email, long inviteJobId, Long callJobId, InviteStatus status,
                     Instant preferredTime, Instant clickedAt, Instant registeredAt) {

    public String name() {
        String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return full.isEmpty() ? null : full;
    }
}
