package com.voxhub.campaign.job.domain;

import com.voxhub.platform.web.ApiException;

/** A 400 naming the offending field, rendered by each surface in its own way (seed 002: {"field": ["msg"]}). */
public final class FieldError {

    public static final String CODE_PREFIX = "field:";

    private FieldError() {
    }

    public static ApiException of(String field, String message) {
        return ApiException.badRequest(CODE_PREFIX + field, message);
    }
}
