package com.voxhub.campaign.job.domain;

/** One item of a bulk patch: which job, and what changes. */
public record IdentifiedPatch(long id, JobPatch patch) {
}
