package com.voxhub.dialer.call.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the send ledger. Every method runs in the caller's transaction. */
public interface CallAttempts {

    /** Records the intent to call; fails if the (job, attempt number) already exists. */
    void insert(CallAttempt attempt);

    /**
     * Deletes an attempt whose request was never sent (only its intent exists): the claim is undone, as if it had
     * never been made. False when the attempt is gone or already went out.
     */
    boolean deleteUnsent(UUID attemptId);

    Optional<CallAttempt> find(UUID attemptId);

    Optional<CallAttempt> findByProviderCallId(String providerCallId);

    /**
     * Records that the provider has the call; answers true only the first time, so the fact is published once
     * whichever path (request answer, callback, reconciliation) learns it first.
     */
    boolean markPlaced(UUID attemptId, String providerCallId, Instant at);

    /** Stores an attempt's progress (status, who answered, duration, keys, reason). */
    void update(CallAttempt attempt);

    /** Keeps every report, applied or not, so out-of-order callbacks stay visible. */
    void recordReport(UUID attemptId, CallStatusReport report, boolean applied, Instant receivedAt);

    void savePressedKeys(UUID attemptId, String keys);

    /** Counts one more provider request under this attempt (a redial after reconciliation found no call). */
    void countRequest(UUID attemptId);

    /** Attempts whose provider outcome is unknown and whose intent is older than {@code cutoff}. */
    List<CallAttempt> findRequestingBefore(Instant cutoff, int limit);

    /** Calls the provider accepted whose last status change is older than {@code cutoff} and not terminal. */
    List<CallAttempt> findStalledBefore(Instant cutoff, int limit);

    /** True when another attempt already holds this provider call id (a lookup must not claim it twice). */
    boolean isProviderCallIdTaken(String providerCallId);
}
