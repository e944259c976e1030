package com.voxhub.campaign.vms.domain;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.campaign.domain.CampaignDraft;
import com.voxhub.campaign.campaign.domain.CampaignService;
import com.voxhub.campaign.credit.domain.CreditService;
import com.voxhub.campaign.credit.domain.LedgerEntry;
import com.voxhub.campaign.job.domain.Job;
import com.voxhub.campaign.job.domain.JobDraft;
import com.voxhub.campaign.job.domain.Jobs;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seed 003: a voice-SMS send becomes a VMS campaign (text and voice) with one job per recipient for dialer-service,
 * paid in the same transaction. A simulation validates and prices the same request and stores nothing.
 */
@Service
public class VmsService {

    /** Job data keys dialer-service reads (its README): keep these names. */
    public static final String PRESSED_KEYS = "get_back_pressed_keys";
    public static final String OPTOUT = "auto_delete_optout_contacts";
    public static final String TICKET = "ticket_number";

    /** Text-to-speech reads about 150 words a minute. */
    private static final double WORDS_PER_SECOND = 2.5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CampaignService campaigns;
    private final Jobs jobs;
    private final VmsJobEvents events;
    private final VmsSends sends;
    private final CreditService credits;
    private final Clock clock;

    public VmsService(CampaignService campaigns, Jobs jobs, VmsJobEvents events, VmsSends sends, CreditService credits,
                      Clock clock) {
        this.campaigns = campaigns;
        this.jobs = jobs;
        this.events = events;
        this.sends = sends;
        this.credits = credits;
        this.clock = clock;
    }

    @Transactional
    public VmsReceipt send(long accountId, Map<String, Object> payload) {
        VmsOrder order = VmsRequestParser.parse(payload, clock.instant());
        long cost = order.recipients().size() * credits.pricing().vmsCallMinor();
        int duration = estimatedSeconds(order.text());
        String ticket = "voice_" + HexFormat.of().formatHex(bytes(7)).substring(0, 13);
        if (order.simulationMode()) {
            // A fake result: same validation and price, nothing stored, nothing spent.
            return new VmsReceipt(ticket, order.recipients().size(), cost, duration, credits.lockBalance(accountId));
        }
        long residual = credits.debit(accountId, cost, LedgerEntry.VMS_SEND, ticket);
        Campaign campaign = campaigns.create(accountId, new CampaignDraft("VMS " + ticket, "vms", null, null, null, null,
                null, order.sender(), null, null, null, null, order.text(), order.voiceLanguage(), order.voiceGender()));
        for (String phone : order.recipients()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put(PRESSED_KEYS, Boolean.toString(order.getBackPressedKeys()));
            data.put(OPTOUT, Boolean.toString(order.autoDeleteOptoutContacts()));
            data.put(TICKET, ticket);
            Job job = jobs.insert(accountId, campaign.id(), new JobDraft(campaign.id(), null, null, null, List.of(phone),
                    null, data, order.purpose(), null, null, List.of(), null, null, null));
            events.queued(job, campaign, order.sendAt());
        }
        sends.insert(accountId, campaign.id(), ticket, order, cost, duration);
        return new VmsReceipt(ticket, order.recipients().size(), cost, duration, residual);
    }

    /** How long the message takes to say, at least the billed minimum (seed 003's estimated_duration, seconds). */
    int estimatedSeconds(String text) {
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        return Math.max(credits.pricing().vmsMinimumSeconds(), (int) Math.ceil(words / WORDS_PER_SECOND));
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
