package com.voxhub.dialer.twiml.application;

import com.voxhub.dialer.call.domain.AnsweredBy;
import com.voxhub.dialer.call.domain.CallAttempt;
import com.voxhub.dialer.call.domain.CallAttempts;
import com.voxhub.dialer.call.domain.CallerId;
import com.voxhub.dialer.campaign.domain.Campaign;
import com.voxhub.dialer.campaign.domain.Campaigns;
import com.voxhub.dialer.config.DialerProperties;
import com.voxhub.dialer.job.domain.DialJob;
import com.voxhub.dialer.job.domain.DialJobs;
import com.voxhub.dialer.twiml.domain.CallScripts;
import com.voxhub.dialer.twiml.domain.TwimlRenderer;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The TwiML of a connected call, and what the callee pressed. Blocking (JDBC): call it off the event loop. */
@Component
public class CallScriptService {

    private static final Logger log = LoggerFactory.getLogger(CallScriptService.class);

    private final CallAttempts attempts;
    private final DialJobs jobs;
    private final Campaigns campaigns;
    private final DialerProperties properties;

    public CallScriptService(CallAttempts attempts, DialJobs jobs, Campaigns campaigns,
                             DialerProperties properties) {
        this.attempts = attempts;
        this.jobs = jobs;
        this.campaigns = campaigns;
        this.properties = properties;
    }

    /** The script for the attempt; a bare hang-up when the attempt is not ours (nothing to say to the callee). */
    public String twiml(String attemptRef, String answeredBy) {
        Optional<UUID> attemptId = parse(attemptRef);
        Optional<CallAttempt> attempt = attemptId.flatMap(attempts::find);
        Optional<DialJob> job = attempt.flatMap(a -> jobs.find(a.jobId()));
        Optional<Campaign> campaign = job.flatMap(j -> campaigns.find(j.campaignId()));
        if (campaign.isEmpty()) {
            log.warn("TwiML asked for an unknown attempt; hanging up");
            return TwimlRenderer.hangup();
        }
        return TwimlRenderer.render(CallScripts.forCall(campaign.get(), job.get(), attemptId.get(),
                AnsweredBy.parse(answeredBy),
                CallerId.choose(campaign.get().sender(), properties.defaultCallerId())));
    }

    /** Keeps the pressed key on the attempt; it is reported with the call's next status. */
    public String keysPressed(String attemptRef, String digits) {
        parse(attemptRef).filter(id -> digits != null && !digits.isBlank())
                .ifPresent(id -> attempts.savePressedKeys(id, digits.trim()));
        return TwimlRenderer.hangup();
    }

    private static Optional<UUID> parse(String ref) {
        try {
            return Optional.of(UUID.fromString(ref));
        } catch (IllegalArgumentException notAnAttempt) {
            return Optional.empty();
        }
    }
}
