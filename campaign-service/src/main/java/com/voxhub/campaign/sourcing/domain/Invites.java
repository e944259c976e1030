package com.voxhub.campaign.sourcing.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Port: candidate invites and their activity. */
public interface Invites {

    /** Which of {@code phones} (E.164) the campaign already has, as a job number, a contact or a candidate. */
    Set<String> phonesInCampaign(long campaignId, Collection<String> phones);

    Invite insert(long accountId, long campaignId, String token, CandidateDraft normalized, long inviteJobId);

    /** The invite behind a link, locked until the transaction ends. */
    Optional<Invite> lockByToken(String token);

    void clicked(long inviteId, Instant at);

    void registered(long inviteId, long callJobId, Instant preferredTime, Instant at);

    /** Records one click or registration ({@code kind}: click, registration). */
    void activity(long inviteId, String kind, Instant at);
}
