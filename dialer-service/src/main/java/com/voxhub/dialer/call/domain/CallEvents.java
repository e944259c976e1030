package com.voxhub.dialer.call.domain;

import com.voxhub.dialer.job.domain.DialJob;
import java.time.Instant;

/** Port: the facts the dialer publishes, written in the caller's transaction (outbox). */
public interface CallEvents {

    void attemptStarted(DialJob job, CallAttempt attempt);

    void statusChanged(DialJob job, CallAttempt attempt, Instant providerTimestamp);

    void jobFinished(DialJob job, RetryDecision.Finish finish, int attempts, String reason);
}
