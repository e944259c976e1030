package com.voxhub.dialer.job.domain;

/** What the job ended with, as stored on the job row (seed 002 state, seed 004 status name). */
public record JobOutcomeRecord(int jobState, String contactStatus, String outcome) {
}
