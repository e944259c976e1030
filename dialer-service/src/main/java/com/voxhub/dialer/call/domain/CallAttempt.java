package com.voxhub.dialer.call.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One provider call for one job: a row of the send ledger, unique per (job, attempt number). The attempt id is
 * our reference at the provider (the {@code ref} of the status callback URL).
 */
public record CallAttempt(UUID attemptId, long jobId, int attemptNumber, String number, AttemptStatus status,
                          String provider, String providerCallId, AnsweredBy answeredBy, Integer durationSeconds,
                          String pressedKeys, String reason, Instant requestedAt, Instant placedAt) {

    public static CallAttempt requesting(UUID attemptId, long jobId, int attemptNumber, String number,
                                         String provider, Instant now) {
        return new CallAttempt(attemptId, jobId, attemptNumber, number, AttemptStatus.REQUESTING, provider,
                null, null, null, null, null, now, null);
    }

    public boolean isPlaced() {
        return placedAt != null;
    }

    /**
     * The attempt after a status report, or empty when the report does not move the call forward (stale,
     * repeated, or after a terminal status). Details already known are kept when the report lacks them.
     */
    public Optional<CallAttempt> advancedBy(CallStatusReport report) {
        if (!status.canAdvanceTo(report.status())) {
            return Optional.empty();
        }
        return Optional.of(new CallAttempt(attemptId, jobId, attemptNumber, number, report.status(), provider,
                firstNonNull(providerCallId, report.providerCallId()),
                firstNonNull(report.answeredBy(), answeredBy),
                firstNonNull(report.durationSeconds(), durationSeconds),
                firstNonNull(report.pressedKeys(), pressedKeys),
                firstNonNull(report.reason(), reason),
                requestedAt, placedAt));
    }

    /** The attempt ended before the provider had a call (rejected or unreachable provider). */
    public CallAttempt failedToPlace(String why) {
        return new CallAttempt(attemptId, jobId, attemptNumber, number, AttemptStatus.FAILED, provider,
                providerCallId, answeredBy, durationSeconds, pressedKeys, why, requestedAt, placedAt);
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }
}
