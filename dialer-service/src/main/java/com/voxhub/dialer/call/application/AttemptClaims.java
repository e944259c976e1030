package com.voxhub.dialer.call.application;

import com.voxhub.dialer.call.domain.CallAttempt;
import com.voxhub.dialer.call.domain.CallAttempts;
import com.voxhub.dialer.call.domain.CallOutcome;
import com.voxhub.dialer.call.domain.ContactStatus;
import com.voxhub.dialer.call.domain.JobState;
import com.voxhub.dialer.call.domain.RetryDecision;
import com.voxhub.dialer.call.domain.VoiceProvider;
import com.voxhub.dialer.campaign.domain.CallingTime;
import com.voxhub.dialer.campaign.domain.Campaign;
import com.voxhub.dialer.campaign.domain.Campaigns;
import com.voxhub.dialer.consent.domain.DialPermissions;
import com.voxhub.dialer.job.domain.DialJob;
import com.voxhub.dialer.job.domain.DialJobs;
import com.voxhub.dialer.job.domain.JobPhase;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns due jobs into committed attempts: the intent (a REQUESTING row, unique per job and attempt number) is
 * committed before any provider request, which is what makes "one call per attempt" hold across crashes. A due job
 * outside its calling window goes back to wait for the window's opening, and a number the account must not call
 * ends the job ("Do Not Call") without an attempt.
 */
@Component
public class AttemptClaims {

    /** Jobs looked at per granted call at most, so a campaign full of jobs outside their window cannot stall a scan. */
    private static final int LOOK_AHEAD = 4;

    private final DialJobs jobs;
    private final Campaigns campaigns;
    private final CallAttempts attempts;
    private final VoiceProvider provider;
    private final JobSettlement settlement;
    private final InFlightAttempts inFlight;
    private final CallingTime callingTime;
    private final DialPermissions permissions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public AttemptClaims(DialJobs jobs, Campaigns campaigns, CallAttempts attempts, VoiceProvider provider,
                         JobSettlement settlement, InFlightAttempts inFlight, CallingTime callingTime,
                         DialPermissions permissions, TransactionTemplate transactions, Clock clock) {
        this.jobs = jobs;
        this.campaigns = campaigns;
        this.attempts = attempts;
        this.provider = provider;
        this.settlement = settlement;
        this.inFlight = inFlight;
        this.callingTime = callingTime;
        this.permissions = permissions;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Claims, per campaign, up to its granted number of due jobs; the returned attempts are marked in flight. One
     * transaction per campaign, so one campaign's failure does not hold back the others.
     */
    public List<DialTask> claim(Map<Long, Integer> grantedPerCampaign) {
        List<DialTask> claimed = new ArrayList<>();
        grantedPerCampaign.forEach((campaignId, granted) -> claimed.addAll(claim(campaignId, granted)));
        return claimed;
    }

    /** Claims up to {@code limit} due jobs of one ACTIVE campaign. */
    public List<DialTask> claim(long campaignId, int limit) {
        List<DialTask> claimed = new ArrayList<>();
        try {
            transactions.executeWithoutResult(tx -> {
                claimed.clear();
                Optional<Campaign> campaign = campaigns.find(campaignId);
                if (campaign.isEmpty()) {
                    return;
                }
                Instant now = clock.instant();
                int looked = 0;
                while (claimed.size() < limit && looked < limit * LOOK_AHEAD) {
                    List<DialJob> due = jobs.lockDue(campaignId, now, limit - claimed.size());
                    if (due.isEmpty()) {
                        break;
                    }
                    looked += due.size();
                    for (DialJob job : due) {
                        claimOne(job, campaign.get(), now).ifPresent(claimed::add);
                    }
                }
            });
        } catch (RuntimeException rolledBack) {
            claimed.forEach(task -> inFlight.remove(task.attempt().attemptId()));
            throw rolledBack;
        }
        return claimed;
    }

    /**
     * Undoes the claim of an attempt that was not sent (its campaign stopped being ACTIVE between the claim and the
     * request): the attempt row goes, the job waits again with the attempts it had.
     */
    public void release(DialTask task) {
        transactions.executeWithoutResult(tx -> {
            if (jobs.lockForUpdate(task.job().jobId()).isPresent() && attempts.deleteUnsent(task.attempt().attemptId())) {
                jobs.releaseClaim(task.job().jobId(), task.attempt().attemptId(), task.attempt().attemptNumber() - 1);
            }
        });
    }

    private Optional<DialTask> claimOne(DialJob job, Campaign campaign, Instant now) {
        if (job.simulation()) {
            // Simulation mode: nothing may reach a provider; the job succeeds as the seed describes.
            settlement.finish(job, new RetryDecision.Finish(JobState.SUCCEEDED, ContactStatus.COMPLETED,
                    CallOutcome.SIMULATED), 0, "simulation");
            return Optional.empty();
        }
        int number = job.nextAttemptNumber();
        String dialed = job.numberForAttempt(number);
        Instant opens = callingTime.earliest(now, dialed, job.country(), campaign);
        if (opens.isAfter(now)) {
            jobs.waitForWindow(job.jobId(), opens);
            return Optional.empty();
        }
        if (permissions.isBlocked(job.accountId(), dialed)) {
            settlement.finish(job, new RetryDecision.Finish(JobState.FAILED, ContactStatus.DO_NOT_CALL,
                    CallOutcome.DO_NOT_CALL), job.attempts(), "do not call");
            return Optional.empty();
        }
        CallAttempt attempt = CallAttempt.requesting(UUID.randomUUID(), job.jobId(), number, dialed, provider.name(),
                now);
        attempts.insert(attempt);
        jobs.markDialing(job.jobId(), number, attempt.attemptId());
        inFlight.add(attempt.attemptId());
        return Optional.of(new DialTask(attempt, dialing(job, number, attempt.attemptId()), campaign));
    }

    private static DialJob dialing(DialJob job, int attempts, UUID attemptId) {
        return new DialJob(job.jobId(), job.campaignId(), job.accountId(), job.channel(), job.numbers(),
                job.wantsPressedKeys(), job.agentNumber(), job.simulation(), job.sendAt(), JobPhase.DIALING,
                attempts, null, attemptId, job.country());
    }
}
