package com.voxhub.dialer.call.application;

import com.voxhub.dialer.call.domain.AttemptStatus;
import com.voxhub.dialer.call.domain.CallAttempt;
import com.voxhub.dialer.call.domain.CallAttempts;
import com.voxhub.dialer.call.domain.CallEvents;
import com.voxhub.dialer.call.domain.CallOutcome;
import com.voxhub.dialer.call.domain.CallStatusReport;
import com.voxhub.dialer.job.domain.DialJob;
import com.voxhub.dialer.job.domain.DialJobs;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves attempts forward from what the provider says (its answer to the request, callbacks, lookups), publishes
 * each change, and settles the job when the call ended. Every entry point locks the job row first, so reports
 * about one job are applied one at a time whichever thread they arrive on.
 */
@Component
public class CallProgress {

    private static final Logger log = LoggerFactory.getLogger(CallProgress.class);

    private final CallAttempts attempts;
    private final DialJobs jobs;
    private final CallEvents events;
    private final JobSettlement settlement;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public CallProgress(CallAttempts attempts, DialJobs jobs, CallEvents events, JobSettlement settlement,
                        TransactionTemplate transactions, Clock clock) {
        this.attempts = attempts;
        this.jobs = jobs;
        this.events = events;
        this.settlement = settlement;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Applies a report (joining the caller's transaction, e.g. the idempotent consumer's, if there is one). */
    public void onReport(CallStatusReport report) {
        transactions.executeWithoutResult(tx -> apply(report));
    }

    /** The provider did not take the request: the attempt failed without a call, the policy decides what next. */
    public void onNotPlaced(UUID attemptId, CallOutcome outcome, String reason) {
        transactions.executeWithoutResult(tx -> {
            Optional<Locked> locked = lock(attemptId);
            if (locked.isEmpty() || locked.get().attempt().status() != AttemptStatus.REQUESTING) {
                return;
            }
            CallAttempt failed = locked.get().attempt().failedToPlace(reason);
            attempts.update(failed);
            events.statusChanged(locked.get().job(), failed, null);
            settlement.attemptEnded(locked.get().job(), failed, outcome);
        });
    }

    private void apply(CallStatusReport report) {
        Optional<CallAttempt> found = Optional.ofNullable(report.attemptId()).flatMap(attempts::find)
                .or(() -> Optional.ofNullable(report.providerCallId()).flatMap(attempts::findByProviderCallId));
        if (found.isEmpty()) {
            log.info("status {} for a call we do not know ignored", report.status());
            return;
        }
        Locked locked = lock(found.get().attemptId()).orElseThrow();
        DialJob job = locked.job();
        CallAttempt attempt = locked.attempt();
        Instant now = clock.instant();
        if (!attempt.isPlaced() && report.status() != AttemptStatus.REQUESTING && report.providerCallId() != null
                && attempts.markPlaced(attempt.attemptId(), report.providerCallId(), now)) {
            attempt = attempts.find(attempt.attemptId()).orElseThrow();
            events.attemptStarted(job, attempt);
            log.info("attempt {} (#{}) of job {} placed at {}", attempt.attemptId(), attempt.attemptNumber(),
                    job.jobId(), attempt.provider());
        }
        Optional<CallAttempt> advanced = attempt.advancedBy(report);
        attempts.recordReport(attempt.attemptId(), report, advanced.isPresent(), now);
        if (advanced.isEmpty()) {
            log.debug("attempt {} stays {}: {} does not move it forward", attempt.attemptId(), attempt.status(),
                    report.status());
            return;
        }
        CallAttempt next = advanced.get();
        attempts.update(next);
        if (next.status() != AttemptStatus.PLACED) {
            events.statusChanged(job, next, report.providerTimestamp());
        }
        if (next.status().isTerminal()) {
            settlement.attemptEnded(job, next, CallOutcome.ofTerminal(next.status(), next.answeredBy()));
        }
    }

    /** Locks the attempt's job, then reads the attempt, so the attempt read is the latest. */
    private Optional<Locked> lock(UUID attemptId) {
        return attempts.find(attemptId)
                .flatMap(attempt -> jobs.lockForUpdate(attempt.jobId()))
                .flatMap(job -> attempts.find(attemptId).map(attempt -> new Locked(job, attempt)));
    }

    private record Locked(DialJob job, CallAttempt attempt) {
    }
}
