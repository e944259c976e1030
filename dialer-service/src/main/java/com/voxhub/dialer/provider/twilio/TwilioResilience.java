package com.voxhub.dialer.provider.twilio;

import com.voxhub.dialer.call.domain.CallRejectedException;
import com.voxhub.dialer.call.domain.ProviderUnavailableException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.ratelimiter.operator.RateLimiterOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * The protection around one provider account: a retry of transient failures only (honouring Retry-After), a
 * circuit breaker that stops hammering a failing provider, a rate limiter at the account's calls per second and a
 * bulkhead on requests in flight. Each try passes through all of them, so retries are paced and counted too.
 */
final class TwilioResilience {

    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final RateLimiter rateLimiter;
    private final Bulkhead bulkhead;

    TwilioResilience(String account, TwilioProperties.Resilience config) {
        this.retry = Retry.of("twilio-" + account, RetryConfig.custom()
                .maxAttempts(Math.max(1, config.maxAttempts()))
                .retryOnException(error -> isRetryable(error, config.maxRetryAfter()))
                .intervalBiFunction(waitBetweenTries(config.backoff()))
                .failAfterMaxAttempts(false)
                .build());
        this.circuitBreaker = CircuitBreaker.of("twilio-" + account, CircuitBreakerConfig.custom()
                .failureRateThreshold(config.failureRateThreshold())
                .slidingWindowSize(config.slidingWindowSize())
                .minimumNumberOfCalls(Math.min(config.slidingWindowSize(), 10))
                .waitDurationInOpenState(config.openStateWait())
                // A refused number says nothing about the provider's health.
                .ignoreExceptions(CallRejectedException.class)
                .build());
        this.rateLimiter = RateLimiter.of("twilio-" + account, RateLimiterConfig.custom()
                .limitForPeriod(config.callsPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(config.rateLimitWait())
                .build());
        this.bulkhead = Bulkhead.of("twilio-" + account, BulkheadConfig.custom()
                .maxConcurrentCalls(config.maxConcurrentRequests())
                .maxWaitDuration(Duration.ZERO)
                .build());
    }

    <T> Mono<T> protect(Mono<T> request) {
        return request
                .transformDeferred(BulkheadOperator.of(bulkhead))
                .transformDeferred(RateLimiterOperator.of(rateLimiter))
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                .transformDeferred(RetryOperator.of(retry))
                .onErrorMap(TwilioResilience::refusedLocally,
                        error -> new ProviderUnavailableException("twilio protection refused: "
                                + error.getClass().getSimpleName(), null, error));
    }

    CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    private static boolean isRetryable(Throwable error, Duration maxRetryAfter) {
        if (!(error instanceof ProviderUnavailableException unavailable)) {
            return false; // rejected: final; outcome unknown: a second POST could ring twice
        }
        return unavailable.retryAfter() == null || unavailable.retryAfter().compareTo(maxRetryAfter) <= 0;
    }

    private static <T> IntervalBiFunction<T> waitBetweenTries(Duration backoff) {
        return (tries, outcome) -> {
            if (outcome.isLeft() && outcome.getLeft() instanceof ProviderUnavailableException unavailable
                    && unavailable.retryAfter() != null) {
                return unavailable.retryAfter().toMillis();
            }
            return backoff.toMillis() * (1L << Math.min(tries - 1, 10));
        };
    }

    private static boolean refusedLocally(Throwable error) {
        return error instanceof CallNotPermittedException || error instanceof RequestNotPermitted
                || error instanceof BulkheadFullException;
    }
}
