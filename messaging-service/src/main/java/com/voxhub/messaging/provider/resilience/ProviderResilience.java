package com.voxhub.messaging.provider.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.ratelimiter.operator.RateLimiterOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * One provider's rate limiter, circuit breaker and retry, built programmatically so that each adapter owns its
 * own. Each retry takes a new permit and passes the breaker again; only {@link TransientProviderException}s are
 * retried, waiting the provider's Retry-After when it gave one, else exponential backoff.
 */
public final class ProviderResilience {

    private final RateLimiter rateLimiter;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final ResilienceSettings settings;

    public ProviderResilience(String provider, ResilienceSettings settings) {
        this.settings = settings;
        this.rateLimiter = RateLimiter.of(provider, RateLimiterConfig.custom()
                .limitForPeriod(settings.ratePerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(settings.rateLimitWait())
                .build());
        this.circuitBreaker = CircuitBreaker.of(provider, CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRateThreshold())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .waitDurationInOpenState(settings.openStateWait())
                .permittedNumberOfCallsInHalfOpenState(3)
                .recordExceptions(TransientProviderException.class)
                .build());
        this.retry = Retry.of(provider, RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(this::retryable)
                .intervalBiFunction(interval())
                .build());
    }

    public <T> Mono<T> protect(Supplier<Mono<T>> call) {
        return Mono.defer(call)
                .transformDeferred(RateLimiterOperator.of(rateLimiter))
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                .transformDeferred(RetryOperator.of(retry));
    }

    /** How long the breaker stays open: a deferred message is due again after it. */
    public Duration openStateWait() {
        return settings.openStateWait();
    }

    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    private boolean retryable(Throwable error) {
        if (!(error instanceof TransientProviderException transientError)) {
            return false;
        }
        Duration retryAfter = transientError.retryAfter();
        return retryAfter == null || retryAfter.compareTo(settings.maxRetryWait()) <= 0;
    }

    private IntervalBiFunction<Object> interval() {
        long base = settings.retryBackoff().toMillis();
        return (attempt, outcome) -> {
            if (outcome.isLeft() && outcome.getLeft() instanceof TransientProviderException e
                    && e.retryAfter() != null) {
                return e.retryAfter().toMillis();
            }
            long backoff = base * (1L << Math.min(attempt - 1, 10));
            return Math.min(backoff, settings.maxRetryWait().toMillis());
        };
    }
}
