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
import com.voxhub.dialer.config.DialerProperties;
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

    public AttemptDialer(VoiceProvider provider, CallProgress progress, InFlightAttempts inFlight,
                         DialerProperties properties) {
        this.provider = provider;
        this.progress = progress;
        this.inFlight = inFlight;
        this.properties = properties;
    }

    /** Places the call; the attempt must already be marked in flight by the caller. */
    public void dial(DialTask task) {
        UUID attemptId = task.attempt().attemptId();
        try {
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
