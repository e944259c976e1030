package com.voxhub.dialer.call.application;

import com.voxhub.dialer.call.domain.AttemptStatus;
import com.voxhub.dialer.call.domain.CallAttempt;
import com.voxhub.dialer.call.domain.CallAttempts;
import com.voxhub.dialer.call.domain.CallLookup;
import com.voxhub.dialer.call.domain.CallStatusReport;
import com.voxhub.dialer.call.domain.ProviderCall;
import com.voxhub.dialer.call.domain.VoiceProviderException;
import com.voxhub.dialer.call.domain.VoiceProvider;
import com.voxhub.dialer.campaign.domain.Campaign;
import com.voxhub.dialer.campaign.domain.Campaigns;
import com.voxhub.dialer.config.DialerProperties;
import com.voxhub.dialer.job.domain.DialJob;
import com.voxhub.dialer.job.domain.DialJobs;
import com.voxhub.dialer.job.domain.JobPhase;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Settles attempts whose provider outcome is unknown (the process died, or the request timed out, between the
 * committed intent and the provider's answer). It asks the provider before doing anything: a call it has is
 * recorded and followed; only when the provider has no such call is the same attempt requested again.
 */
@Component
public class AttemptReconciler {

    private static final Logger log = LoggerFactory.getLogger(AttemptReconciler.class);

    private final CallAttempts attempts;
    private final DialJobs jobs;
    private final Campaigns campaigns;
    private final VoiceProvider provider;
    private final CallProgress progress;
    private final AttemptDialer dialer;
    private final InFlightAttempts inFlight;
    private final DialerProperties.Reconciler config;
    private final Clock clock;

    public AttemptReconciler(CallAttempts attempts, DialJobs jobs, Campaigns campaigns, VoiceProvider provider,
                             CallProgress progress, AttemptDialer dialer, InFlightAttempts inFlight,
                             DialerProperties properties, Clock clock) {
        this.attempts = attempts;
        this.jobs = jobs;
        this.campaigns = campaigns;
        this.provider = provider;
        this.progress = progress;
        this.dialer = dialer;
        this.inFlight = inFlight;
        this.config = properties.reconciler();
        this.clock = clock;
    }

    /**
     * Reconciles the REQUESTING attempts recorded before {@code cutoff}: at startup every one of them (none can be
     * in flight in a fresh process), later those older than the configured delay.
     *
     * @return how many attempts were looked up
     */
    public int reconcile(Instant cutoff) {
        int looked = 0;
        for (CallAttempt attempt : attempts.findRequestingBefore(cutoff, config.batchSize())) {
            if (inFlight.contains(attempt.attemptId())) {
                continue;
            }
            try {
                if (reconcile(attempt)) {
                    looked++;
                }
            } catch (VoiceProviderException unavailable) {
                log.warn("attempt {} lookup failed ({}); retrying on the next run", attempt.attemptId(),
                        unavailable.getMessage());
            }
        }
        return looked;
    }

    public int reconcileStale() {
        return reconcile(clock.instant().minus(config.unknownAfter()));
    }

    /**
     * Looks up placed calls that went quiet before {@code cutoff} (a lost final callback, a provider that forgot
     * the call): the provider's answer is applied like a callback; a call it no longer knows ends as FAILED, so
     * the job moves on instead of waiting forever.
     *
     * @return how many calls were looked up
     */
    public int followStalled(Instant cutoff) {
        int looked = 0;
        for (CallAttempt attempt : attempts.findStalledBefore(cutoff, config.batchSize())) {
            try {
                Optional<ProviderCall> call = provider.lookup(new CallLookup(attempt.attemptId(),
                        attempt.providerCallId(), attempt.number(), attempt.requestedAt()));
                progress.onReport(call.map(found -> found.asReport(attempt.attemptId()))
                        .orElseGet(() -> new CallStatusReport(attempt.attemptId(), attempt.providerCallId(),
                                AttemptStatus.FAILED, null, null, null, "call unknown at " + provider.name(), null)));
                looked++;
            } catch (VoiceProviderException unavailable) {
                log.warn("stalled attempt {} lookup failed ({}); retrying on the next run", attempt.attemptId(),
                        unavailable.getMessage());
            }
        }
        return looked;
    }

    public int followStalled() {
        return followStalled(clock.instant().minus(config.stalledAfter()));
    }

    private boolean reconcile(CallAttempt attempt) {
        Optional<DialJob> job = jobs.find(attempt.jobId());
        Optional<Campaign> campaign = job.flatMap(j -> campaigns.find(j.campaignId()));
        if (job.isEmpty() || campaign.isEmpty()) {
            return false;
        }
        Optional<ProviderCall> call = provider.lookup(new CallLookup(attempt.attemptId(), attempt.providerCallId(),
                attempt.number(), attempt.requestedAt()));
        if (call.isPresent() && (attempt.providerCallId() != null
                || !attempts.isProviderCallIdTaken(call.get().providerCallId()))) {
            log.info("attempt {} found at {} as {}; following it", attempt.attemptId(), provider.name(),
                    call.get().status());
            progress.onReport(call.get().asReport(attempt.attemptId()));
            return true;
        }
        boolean dialable = job.get().phase() == JobPhase.DIALING
                && attempt.attemptId().equals(job.get().currentAttemptId()) && campaign.get().status().dials();
        if (!dialable) {
            // The intent stands; it is requested once the campaign is active again (or settled by a later run).
            log.info("attempt {} unknown at {}, not redialed now (job {}, campaign {})", attempt.attemptId(),
                    provider.name(), job.get().phase(), campaign.get().status());
            return true;
        }
        log.info("attempt {} unknown at {}; requesting it again under the same attempt", attempt.attemptId(),
                provider.name());
        attempts.countRequest(attempt.attemptId());
        inFlight.add(attempt.attemptId());
        dialer.dial(new DialTask(attempt, job.get(), campaign.get()));
        return true;
    }
}
