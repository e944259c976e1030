package com.voxhub.messaging.provider.resilience;

import java.time.Duration;

/**
 * Per-provider protection: a rate limiter at the provider's rate, a circuit breaker that stops calling a failing
 * provider, and in-process retries of transient failures. A wait longer than {@code maxRetryWait} (e.g. a long
 * Retry-After) is not spent holding the request: the message goes back to the ledger, due after that wait.
 */
public record ResilienceSettings(
        int ratePerSecond,
        Duration rateLimitWait,
        int maxAttempts,
        Duration retryBackoff,
        Duration maxRetryWait,
        float failureRateThreshold,
        int slidingWindowSize,
        int minimumNumberOfCalls,
        Duration openStateWait) {

    public ResilienceSettings {
        ratePerSecond = ratePerSecond > 0 ? ratePerSecond : 100;
        rateLimitWait = rateLimitWait != null ? rateLimitWait : Duration.ofSeconds(5);
        maxAttempts = maxAttempts > 0 ? maxAttempts : 4;
        retryBackoff = retryBackoff != null ? retryBackoff : Duration.ofMillis(500);
        maxRetryWait = maxRetryWait != null ? maxRetryWait : Duration.ofSeconds(10);
        failureRateThreshold = failureRateThreshold > 0 ? failureRateThreshold : 50f;
        slidingWindowSize = slidingWindowSize > 0 ? slidingWindowSize : 50;
        minimumNumberOfCalls = minimumNumberOfCalls > 0 ? minimumNumberOfCalls : 20;
        openStateWait = openStateWait != null ? openStateWait : Duration.ofSeconds(15);
    }

    public static ResilienceSettings defaults() {
        return new ResilienceSettings(0, null, 0, null, null, 0, 0, 0, null);
    }
}
