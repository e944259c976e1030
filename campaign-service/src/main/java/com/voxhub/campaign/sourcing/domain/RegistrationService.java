package com.voxhub.campaign.sourcing.domain;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.campaign.domain.CampaignService;
import com.voxhub.campaign.credit.domain.CreditService;
import com.voxhub.campaign.credit.domain.LedgerEntry;
import com.voxhub.campaign.job.domain.Job;
import com.voxhub.campaign.job.domain.JobDraft;
import com.voxhub.campaign.job.domain.Jobs;
import com.voxhub.platform.web.ApiException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate's side of seed 000: opening the link records a click; confirming registers the candidate and
 * queues their call in the campaign (not before the time they picked). Both are recorded and announced as the
 * invite job's contact status.
 */
@Service
public class RegistrationService {

    private final Invites invites;
    private final Jobs jobs;
    private final CampaignService campaigns;
    private final InviteEvents events;
    private final CreditService credits;
    private final SourcingProperties properties;
    private final Clock clock;

    public RegistrationService(Invites invites, Jobs jobs, CampaignService campaigns, InviteEvents events,
                               CreditService credits, SourcingProperties properties, Clock clock) {
        this.invites = invites;
        this.jobs = jobs;
        this.campaigns = campaigns;
        this.events = events;
        this.credits = credits;
        this.properties = properties;
        this.clock = clock;
    }

    /** What the registration page shows. */
    public record Registration(Invite invite, Campaign campaign, ZoneId zone) {
    }

    @Transactional
    public Registration open(String token) {
        Invite invite = invite(token);
        Campaign campaign = campaignOf(invite);
        Instant now = clock.instant();
        invites.activity(invite.id(), "click", now);
        if (invite.status() == InviteStatus.INVITED) {
            invites.clicked(invite.id(), now);
            progressed(invite, campaign, InviteStatus.CLICKED);
            invite = invites.lockByToken(token).orElseThrow();
        }
        return new Registration(invite, campaign, zone(campaign));
    }

    /** The page's state without recording a click (a form shown again after a mistake). */
    @Transactional
    public Registration view(String token) {
        Invite invite = invite(token);
        Campaign campaign = campaignOf(invite);
        return new Registration(invite, campaign, zone(campaign));
    }

    /**
     * Registers the candidate once; registering again shows the first registration.
     *
     * @param preferredLocal the picked time as an HTML {@code datetime-local} value in the campaign's time zone,
     *                       or blank for "as soon as possible"
     */
    @Transactional
    public Registration register(String token, String preferredLocal) {
        Invite invite = invite(token);
        Campaign campaign = campaignOf(invite);
        ZoneId zone = zone(campaign);
        if (invite.status() == InviteStatus.REGISTERED) {
            return new Registration(invite, campaign, zone);
        }
        if (!campaign.acceptsJobs()) {
            throw ApiException.conflict("campaign_stopped", "This campaign no longer takes registrations.");
        }
        Instant now = clock.instant();
        Instant preferred = preferredTime(preferredLocal, zone, now);
        credits.debit(invite.accountId(), properties.callEstimateMinutes() * credits.pricing().callMinuteMinor(),
                LedgerEntry.CALL_ESTIMATE, "invite:" + invite.id());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("source", "sourcing");
        data.put("invite_job_id", Long.toString(invite.inviteJobId()));
        Job call = jobs.insert(invite.accountId(), campaign.id(), new JobDraft(campaign.id(), null, invite.name(),
                invite.email(), List.of(invite.phone()), preferred, data, null, null, null, List.of(), null, null,
                campaign.country()));
        invites.registered(invite.id(), call.id(), preferred, now);
        invites.activity(invite.id(), "registration", now);
        Campaign active = campaigns.reactivateIfDeactivated(campaign);
        events.callQueued(call, active);
        progressed(invite, active, InviteStatus.REGISTERED);
        return new Registration(invites.lockByToken(token).orElseThrow(), active, zone);
    }

    private Invite invite(String token) {
        if (token == null || token.length() > 64) {
            throw ApiException.notFound("invite_not_found", "This link is not valid.");
        }
        return invites.lockByToken(token).orElseThrow(() -> ApiException.notFound("invite_not_found", "This link is not valid."));
    }

    private Campaign campaignOf(Invite invite) {
        return campaigns.findForJob(invite.accountId(), invite.campaignId())
                .orElseThrow(() -> ApiException.notFound("invite_not_found", "This link is not valid."));
    }

    private void progressed(Invite invite, Campaign campaign, InviteStatus status) {
        jobs.find(invite.accountId(), invite.inviteJobId()).ifPresent(job -> {
            Job changed = jobs.updateState(job.id(), job.state(), status.contactStatus());
            events.inviteProgressed(changed, campaign);
        });
    }

    private Instant preferredTime(String local, ZoneId zone, Instant now) {
        if (local == null || local.isBlank()) {
            return null;
        }
        Instant preferred;
        try {
            preferred = LocalDateTime.parse(local.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid_preferred_time", "Pick a date and a time.");
        }
        if (preferred.isBefore(now.minus(Duration.ofMinutes(5)))) {
            throw ApiException.badRequest("invalid_preferred_time", "Pick a time in the future.");
        }
        if (preferred.isAfter(now.plus(properties.maxPreferredDays(), ChronoUnit.DAYS))) {
            throw ApiException.badRequest("invalid_preferred_time",
                    "Pick a time within the next " + properties.maxPreferredDays() + " days.");
        }
        return preferred.isBefore(now) ? now : preferred;
    }

    static ZoneId zone(Campaign campaign) {
        try {
            return campaign.timezone() == null ? ZoneOffset.UTC : ZoneId.of(campaign.timezone());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
