package com.voxhub.dialer.call.application;

import com.voxhub.dialer.call.domain.CallAttempt;
import com.voxhub.dialer.call.domain.CallEvents;
import com.voxhub.dialer.call.domain.CallOutcome;
import com.voxhub.dialer.call.domain.DialingTerms;
import com.voxhub.dialer.call.domain.RetryDecision;
import com.voxhub.dialer.call.domain.RetryPolicy;
import com.voxhub.dialer.campaign.domain.Campaign;
import com.voxhub.dialer.campaign.domain.Campaigns;
import com.voxhub.dialer.job.domain.DialJob;
import com.voxhub.dialer.job.domain.DialJobs;
import com.voxhub.dialer.job.domain.JobOutcomeRecord;
import com.voxhub.dialer.job.domain.JobPhase;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies the retry policy once an attempt has ended: the job is finished (and JobDialingFinished published) or
 * put back to wait for its next attempt. Runs in the caller's transaction, with the job row locked.
 */
@Component
public class JobSettlement {

    private static final Logger log = LoggerFactory.getLogger(JobSettlement.class);

    private final DialJobs jobs;
    private final Campaigns campaigns;
    private final CallEvents events;
    private final RetryPolicy policy;
    private final Clock clock;

    public JobSettlement(DialJobs jobs, Campaigns campaigns, CallEvents events, RetryPolicy policy, Clock clock) {
        this.jobs = jobs;
        this.campaigns = campaigns;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    public void attemptEnded(DialJob job, CallAttempt attempt, CallOutcome outcome) {
        if (job.phase() != JobPhase.DIALING || !attempt.attemptId().equals(job.currentAttemptId())) {
            // Unqueued while the call ran, or a late report about an older attempt: nothing left to decide.
            log.info("job {} attempt {} ended as {} while the job is {}; no follow-up", job.jobId(),
                    attempt.attemptNumber(), outcome, job.phase());
            return;
        }
        DialingTerms terms = campaigns.find(job.campaignId()).map(Campaign::dialingTerms)
                .orElse(new DialingTerms(1, List.of(), false));
        RetryDecision decision = policy.decide(outcome, terms, job.attempts());
        if (decision instanceof RetryDecision.Retry retry) {
            jobs.scheduleRetry(job.jobId(), clock.instant().plus(retry.delay()));
            log.info("job {} attempt {} ended as {}; next attempt in {}", job.jobId(), attempt.attemptNumber(),
                    outcome, retry.delay());
        } else if (decision instanceof RetryDecision.Finish finish) {
            finish(job, finish, job.attempts(), attempt.reason());
        }
    }

    /** Ends a job for good and publishes it. */
    public void finish(DialJob job, RetryDecision.Finish finish, int attempts, String reason) {
        jobs.finish(job.jobId(), new JobOutcomeRecord(finish.state().code(), finish.contactStatus().displayName(),
                finish.outcome().name()));
        events.jobFinished(job, finish, attempts, reason);
        log.info("job {} finished after {} attempt(s): state {} ({}), outcome {}", job.jobId(), attempts,
                finish.state().code(), finish.contactStatus().displayName(), finish.outcome());
    }
}
