package com.voxhub.campaign.sourcing.domain;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.campaign.domain.CampaignService;
import com.voxhub.campaign.credit.domain.CreditService;
import com.voxhub.campaign.credit.domain.LedgerEntry;
import com.voxhub.campaign.job.domain.Job;
import com.voxhub.campaign.job.domain.JobDraft;
import com.voxhub.campaign.job.domain.Jobs;
import com.voxhub.campaign.job.domain.PhoneNumbers;
import com.voxhub.platform.web.ApiException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seed 000: sources candidates into a campaign and invites each by SMS with a link of their own. The request
 * is all or nothing for money: every invite is paid in the same transaction that creates it, and a balance that
 * cannot cover all of them refuses the request (402) with nothing created.
 */
@Service
public class SourcingService {

    public static final int MAX_CANDIDATES = 100;
    static final int MAX_NAME = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CampaignService campaigns;
    private final Jobs jobs;
    private final Invites invites;
    private final InviteEvents events;
    private final CreditService credits;
    private final SourcingProperties properties;

    public SourcingService(CampaignService campaigns, Jobs jobs, Invites invites, InviteEvents events,
                           CreditService credits, SourcingProperties properties) {
        this.campaigns = campaigns;
        this.jobs = jobs;
        this.invites = invites;
        this.events = events;
        this.credits = credits;
        this.properties = properties;
    }

    @Transactional
    public SourcingResult source(long accountId, String campaignIdText, List<CandidateDraft> candidates) {
        Campaign campaign = campaign(accountId, campaignIdText);
        if (candidates == null || candidates.isEmpty() || candidates.size() > MAX_CANDIDATES) {
            throw ApiException.badRequest("invalid_candidates", "candidates must hold 1 to " + MAX_CANDIDATES + " candidates");
        }
        if (campaign.smsInviteTemplate() == null || campaign.smsInviteTemplate().isBlank()) {
            throw ApiException.badRequest("sms_template_missing", "the campaign has no sms_invite_template to invite candidates with");
        }
        if (!campaign.acceptsJobs()) {
            throw ApiException.badRequest("campaign_stopped", "the campaign is stopped and takes no new candidates");
        }
        // Serializes sourcing per account, so the duplicate check below still holds when the rows are written.
        credits.lockBalance(accountId);

        List<CandidateError> errors = new ArrayList<>();
        List<CandidateDraft> valid = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            CandidateDraft normalized = normalize(i, candidates.get(i), campaign.country(), errors);
            if (normalized != null) {
                valid.add(normalized);
            }
        }
        Set<String> present = new HashSet<>(invites.phonesInCampaign(campaign.id(), valid.stream().map(CandidateDraft::phone).toList()));
        List<Pending> pending = new ArrayList<>();
        int skipped = 0;
        long cost = 0;
        for (CandidateDraft candidate : valid) {
            if (!present.add(candidate.phone())) {
                skipped++;
                continue;
            }
            String token = newToken();
            Map<String, String> data = inviteData(candidate, properties.link(token));
            cost += InviteSms.segments(InviteSms.estimate(campaign.smsInviteTemplate(), data)) * credits.pricing().smsSegmentMinor();
            pending.add(new Pending(candidate, token, data));
        }
        credits.debit(accountId, cost, LedgerEntry.SMS_INVITE, "campaign:" + campaign.id());

        for (Pending p : pending) {
            Job job = jobs.insert(accountId, campaign.id(), new JobDraft(campaign.id(), null, name(p.candidate()),
                    p.candidate().email(), List.of(p.candidate().phone()), null, new LinkedHashMap<>(p.data()), null,
                    p.data().get("invite_url"), null, List.of(), null, null, campaign.country()));
            invites.insert(accountId, campaign.id(), p.token(), p.candidate(), job.id());
            events.inviteQueued(job, campaign);
        }
        if (!pending.isEmpty()) {
            campaigns.reactivateIfDeactivated(campaign);
        }
        return new SourcingResult(Long.toString(campaign.id()), pending.size(), skipped, pending.size(), List.copyOf(errors));
    }

    private Campaign campaign(long accountId, String campaignIdText) {
        long id;
        try {
            id = Long.parseLong(campaignIdText);
        } catch (NumberFormatException e) {
            throw notFound(campaignIdText);
        }
        return campaigns.findForJob(accountId, id).orElseThrow(() -> notFound(campaignIdText));
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("campaign_not_found", "campaign " + (id.length() > 40 ? id.substring(0, 40) : id) + " not found");
    }

    /** The candidate with an E.164 phone and tidy fields, or null (and an error) when it cannot be sourced. */
    private static CandidateDraft normalize(int index, CandidateDraft c, String country, List<CandidateError> errors) {
        if (c == null) {
            errors.add(new CandidateError(index, null, "invalid_candidate", "candidate must be an object"));
            return null;
        }
        if (c.phone() == null || c.phone().isBlank()) {
            errors.add(new CandidateError(index, null, "phone_required", "phone is required"));
            return null;
        }
        String phone = PhoneNumbers.toE164(c.phone().strip(), country).orElse(null);
        if (phone == null) {
            errors.add(new CandidateError(index, c.phone(), "invalid_phone",
                    "phone is not a valid number" + (country == null ? " (use the international format)" : " for " + country)));
            return null;
        }
        String email = blankToNull(c.email());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(new CandidateError(index, c.phone(), "invalid_email", "email is not a valid address"));
            return null;
        }
        String first = blankToNull(c.firstName());
        String last = blankToNull(c.lastName());
        if ((first != null && first.length() > MAX_NAME) || (last != null && last.length() > MAX_NAME)) {
            errors.add(new CandidateError(index, c.phone(), "invalid_name", "first_name and last_name hold up to " + MAX_NAME + " characters"));
            return null;
        }
        return new CandidateDraft(first, last, phone, email);
    }

    /** What the invite template may use: {{invite_url}} (also the job's {{url}}), {{first_name}}, {{last_name}}. */
    private static Map<String, String> inviteData(CandidateDraft c, String link) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("invite_url", link);
        data.put("url", link);
        if (c.firstName() != null) {
            data.put("first_name", c.firstName());
        }
        if (c.lastName() != null) {
            data.put("last_name", c.lastName());
        }
        String name = name(c);
        if (name != null) {
            data.put("name", name);
        }
        data.put("source", "sourcing");
        return data;
    }

    static String name(CandidateDraft c) {
        String full = ((c.firstName() == null ? "" : c.firstName()) + " " + (c.lastName() == null ? "" : c.lastName())).strip();
        return full.isEmpty() ? null : full;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private record Pending(CandidateDraft candidate, String token, Map<String, String> data) {
    }
}
