package com.voxhub.dialer.call.domain;

import java.time.Instant;
import java.util.UUID;

/** A call as the provider's lookup describes it. */
public record ProviderCall(String providerCallId, AttemptStatus status, AnsweredBy answeredBy,
                           Integer durationSeconds, Instant createdAt) {

    public CallStatusReport asReport(UUID attemptId) {
        return new CallStatusReport(attemptId, providerCallId, status, answeredBy, durationSeconds, null, null, null);
    }
}
