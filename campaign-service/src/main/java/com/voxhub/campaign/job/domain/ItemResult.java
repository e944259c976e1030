package com.voxhub.campaign.job.domain;

import com.voxhub.platform.web.ApiException;

/** The outcome of one item of a bulk call: its status and either the job or the error the item alone gets. */
public record ItemResult(int status, Job job, ApiException error) {

    static ItemResult ok(int status, Job job) {
        return new ItemResult(status, job, null);
    }

    static ItemResult failed(ApiException error) {
        return new ItemResult(error.status(), null, error);
    }

    static ItemResult notFound() {
        return new ItemResult(404, null, null);
    }
}
