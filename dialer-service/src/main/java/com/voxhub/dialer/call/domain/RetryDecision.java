package com.voxhub.dialer.call.domain;

import java.time.Duration;

/** What happens to a job after one of its attempts ended. */
public sealed interface RetryDecision {

    /** Dial again (the next attempt, on the job's next number) after {@code delay}. */
    record Retry(Duration delay) implements RetryDecision {
    }

    /** The job is done: report it with the seed 002 state and the seed 004 status. */
    record Finish(JobState state, ContactStatus contactStatus, CallOutcome outcome) implements RetryDecision {
    }
}
