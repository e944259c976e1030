package com.voxhub.messaging.message.domain;

import java.time.Duration;

/**
 * How long to wait before trying a deferred message again and when to give up. The provider's Retry-After wins
 * over our own exponential backoff when it gave one.
 */
public record DispatchPolicy(int maxDeferrals, Duration baseBackoff, Duration maxBackoff) {

    public Duration backoff(int deferrals, Duration retryAfter) {
        if (retryAfter != null && !retryAfter.isNegative()) {
            return retryAfter.compareTo(maxBackoff) > 0 ? maxBackoff : retryAfter;
        }
        long factor = 1L << Math.min(deferrals, 20);
        Duration wait = baseBackoff.multipliedBy(factor);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    public boolean exhausted(int deferrals) {
        return deferrals >= maxDeferrals;
    }
}
