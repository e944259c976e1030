package com.voxhub.dialer.call.application;

import com.voxhub.dialer.call.domain.CallOutcome;
import com.voxhub.dialer.call.domain.CallOutcomeUnknownException;
import com.voxhub.dialer.call.domain.CallRejectedException;
import com.voxhub.dialer.call.domain.CallRequest;
import com.voxhub.dialer.call.domain.CallStatusReport;
import com.voxhub.dialer.call.domain.CallerId;
import com.voxhub.dialer.call.domain.MachineDetection;
import com.voxhub.dialer.call.domain.PlacedCall;
import com.voxhub.dialer.call.domain.ProviderUnavailableException;
import com.voxhub.dialer.call.domain.VoiceProvider;
import com.voxhub.dialer.campaign.domain.Campaigns;
import com.voxhub.dialer.config.DialerProperties;
import com.voxhub.dialer.consent.domain.DialPermissions;
import com.voxhub.dialer.pacing.application.Pacer;
import com.voxhub.dialer.job.domain.DialChannel;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one committed attempt to the provider and records the answer. Runs outside any transaction: the intent
 * is already durable, so a crash here leaves a REQUESTING attempt for the reconciler, never a lost or double call.
 */
@Component
public class AttemptDialer {

    private static final Logger log = LoggerFactory.getLogger(AttemptDialer.class);

    private final VoiceProvider provider;
    private final CallProgress progress;
    private final InFlightAttempts inFlight;
    private final DialerProperties properties;
    private final Campaigns campaigns;
    private final DialPermissions permissions;
    private final AttemptClaims claims;
    private final Pacer pacer;

    public AttemptDialer(VoiceProvider provider, CallProgress progress, InFlightAttempts inFlight,
                         DialerProperties properties, Campaigns campaigns, DialPermissions permissions,
                         AttemptClaims claims, Pacer pacer) {
        this.provider = provider;
        this.progress = progress;
        this.inFlight = inFlight;
        this.properties = properties;
        this.campaigns = campaigns;
        this.permissions = permissions;
        this.claims = claims;
        this.pacer = pacer;
    }

    /**
     * Places the call; the attempt must already be marked in flight by the caller. Right before the request the
     * campaign must still be ACTIVE (else the claim is undone: a pause stops calls scheduled but not yet placed) and
     * the number still allowed (consent or do-not-call changed since the claim: the job ends "Do Not Call").
     */
    public void dial(DialTask task) {
        UUID attemptId = task.attempt().attemptId();
        long campaignId = task.campaign().id();
        try {
            if (!campaigns.find(campaignId).map(c -> c.status().dials()).orElse(false)) {
                pacer.released(campaignId);
                claims.release(task);
                log.info("attempt {} of job {} not sent: campaign {} no longer active", attemptId,
                        task.job().jobId(), campaignId);
                return;
            }
            if (permissions.isBlocked(task.job().accountId(), task.attempt().number())) {
                pacer.released(campaignId);
                progress.onNotPlaced(attemptId, CallOutcome.DO_NOT_CALL, "do not call");
                return;
            }
            pacer.started(campaignId);
            PlacedCall placed = provider.place(request(task));
            progress.onReport(new CallStatusReport(attemptId, placed.providerCallId(), placed.status(), null, null,
                    null, null, null));
        } catch (CallRejectedException rejected) {
            log.info("attempt {} of job {} rejected by {}: {}", attemptId, task.job().jobId(), provider.name(),
                    rejected.getMessage());
            progress.onNotPlaced(attemptId, CallOutcome.ofRejection(rejected.reason()), rejected.getMessage());
        } catch (ProviderUnavailableException unavailable) {
            log.warn("attempt {} of job {} not placed, {} unavailable: {}", attemptId, task.job().jobId(),
                    provider.name(), unavailable.getMessage());
            progress.onNotPlaced(attemptId, CallOutcome.PROVIDER_UNAVAILABLE, unavailable.getMessage());
        } catch (CallOutcomeUnknownException unknown) {
            log.warn("attempt {} of job {}: {}; it will be reconciled with a lookup", attemptId, task.job().jobId(),
                    unknown.getMessage());
        } catch (RuntimeException unexpected) {
            // Whatever it was, the call may exist: leave the attempt REQUESTING for the reconciler.
            log.error("attempt {} of job {} failed unexpectedly; it will be reconciled", attemptId,
                    task.job().jobId(), unexpected);
        } finally {
            inFlight.remove(attemptId);
        }
    }

    CallRequest request(DialTask task) {
        boolean voiceMessage = task.job().channel() == DialChannel.VMS;
        return new CallRequest(task.attempt().attemptId(), task.attempt().number(),
                CallerId.choose(task.campaign().sender(), properties.defaultCallerId()),
                MachineDetection.forCall(voiceMessage, task.campaign().hasVoiceMessage()),
                properties.ringTimeout());
    }
}
