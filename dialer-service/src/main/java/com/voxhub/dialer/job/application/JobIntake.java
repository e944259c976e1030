package com.voxhub.dialer.job.application;

import com.voxhub.dialer.call.application.JobSettlement;
import com.voxhub.dialer.call.domain.CallOutcome;
import com.voxhub.dialer.call.domain.ContactStatus;
import com.voxhub.dialer.call.domain.JobState;
import com.voxhub.dialer.call.domain.RetryDecision;
import com.voxhub.dialer.job.domain.DialJob;
import com.voxhub.dialer.job.domain.DialJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records jobs to dial. Only the table is written: the scheduler dials a job once it is due and its campaign is
 * known and active, so a job arriving before its campaign simply waits. Runs in the consumer's transaction.
 */
@Component
public class JobIntake {

    private static final Logger log = LoggerFactory.getLogger(JobIntake.class);
    private static final int CANCELLED = 4;

    private final DialJobs jobs;
    private final JobSettlement settlement;

    public JobIntake(DialJobs jobs, JobSettlement settlement) {
        this.jobs = jobs;
        this.settlement = settlement;
    }

    public void queue(DialJob job) {
        if (!jobs.insert(job)) {
            log.info("job {} already known; queued again ignored", job.jobId());
            return;
        }
        if (job.numbers().isEmpty()) {
            settlement.finish(job, new RetryDecision.Finish(JobState.FAILED, ContactStatus.WRONG_NUMBER,
                    CallOutcome.INVALID_NUMBER), 0, "no number to dial");
            return;
        }
        log.info("job {} of campaign {} queued for {}", job.jobId(), job.campaignId(), job.channel());
    }

    /**
     * A changed job: new contact data for an open job, a cancellation, or (state 0, unknown here) a job we missed
     * the JobQueued of. Other states echo our own progress back from the campaign service and change nothing.
     */
    public void change(DialJob job, int state) {
        if (state == CANCELLED) {
            unqueue(job.jobId(), "cancelled");
        } else if (jobs.find(job.jobId()).isEmpty()) {
            if (state == 0) {
                queue(job);
            }
        } else {
            jobs.updateContact(job);
        }
    }

    public void unqueue(long jobId, String reason) {
        jobs.cancel(jobId, reason);
        log.info("job {} unqueued; no further attempt", jobId);
    }
}
