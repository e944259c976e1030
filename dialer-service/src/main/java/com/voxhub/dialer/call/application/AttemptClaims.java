package com.voxhub.dialer.call.application;

import com.voxhub.dialer.call.domain.CallAttempt;
import com.voxhub.dialer.call.domain.CallAttempts;
import com.voxhub.dialer.call.domain.CallOutcome;
import com.voxhub.dialer.call.domain.ContactStatus;
import com.voxhub.dialer.call.domain.JobState;
import com.voxhub.dialer.call.domain.RetryDecision;
import com.voxhub.dialer.call.domain.VoiceProvider;
import com.voxhub.dialer.campaign.domain.Campaign;
import com.voxhub.dialer.campaign.domain.Campaigns;
import com.voxhub.dialer.job.domain.DialJob;
import com.voxhub.dialer.job.domain.DialJobs;
import com.voxhub.dialer.job.domain.JobPhase;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns due jobs into committed attempts: the intent (a REQUESTING row, unique per job and attempt number) is
 * committed before any provider request, which is what makes "one call per attempt" hold across crashes.
 */
@Component
public class AttemptClaims {

    private final DialJobs jobs;
    private final Campaigns campaigns;
    private final CallAttempts attempts;
    private final VoiceProvider provider;
    private final JobSettlement settlement;
    private final InFlightAttempts inFlight;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public AttemptClaims(DialJobs jobs, Campaigns campaigns, CallAttempts attempts, VoiceProvider provider,
                         JobSettlement settlement, InFlightAttempts inFlight, TransactionTemplate transactions,
                         Clock clock) {
        this.jobs = jobs;
        this.campaigns = campaigns;
        this.attempts = attempts;
        this.provider = provider;
        this.settlement = settlement;
        this.inFlight = inFlight;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Claims up to {@code limit} due jobs of ACTIVE campaigns; the returned attempts are marked in flight. */
    public List<DialTask> claim(int limit) {
        List<DialTask> claimed = new ArrayList<>();
        try {
            transactions.executeWithoutResult(tx -> {
                claimed.clear();
                Instant now = clock.instant();
                Map<Long, Campaign> byId = new HashMap<>();
                for (DialJob job : jobs.lockDue(now, limit)) {
                    Campaign campaign = byId.computeIfAbsent(job.campaignId(),
                            id -> campaigns.find(id).orElseThrow());
                    if (job.simulation()) {
                        // Simulation mode: nothing may reach a provider; the job succeeds as the seed describes.
                        settlement.finish(job, new RetryDecision.Finish(JobState.SUCCEEDED, ContactStatus.COMPLETED,
                                CallOutcome.SIMULATED), 0, "simulation");
                        continue;
                    }
                    int number = job.nextAttemptNumber();
                    CallAttempt attempt = CallAttempt.requesting(UUID.randomUUID(), job.jobId(), number,
                            job.numberForAttempt(number), provider.name(), now);
                    attempts.insert(attempt);
                    jobs.markDialing(job.jobId(), number, attempt.attemptId());
                    inFlight.add(attempt.attemptId());
                    claimed.add(new DialTask(attempt, dialing(job, number, attempt.attemptId()), campaign));
                }
            });
        } catch (RuntimeException rolledBack) {
            claimed.forEach(task -> inFlight.remove(task.attempt().attemptId()));
            throw rolledBack;
        }
        return claimed;
    }

    private static DialJob dialing(DialJob job, int attempts, UUID attemptId) {
        return new DialJob(job.jobId(), job.campaignId(), job.accountId(), job.channel(), job.numbers(),
                job.wantsPressedKeys(), job.agentNumber(), job.simulation(), job.sendAt(), JobPhase.DIALING,
                attempts, null, attemptId);
    }
}
