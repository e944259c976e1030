package com.voxhub.dialer.provider.twilio;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One Twilio-compatible account. The sandbox is the default; a real Twilio account is only a different base URL
 * and credentials.
 *
 * @param connectTimeout  how long to wait for a TCP connection
 * @param responseTimeout how long to wait for the answer to a request; after it the call's fate is unknown
 */
@ConfigurationProperties("voxhub.twilio")
public record TwilioProperties(
        @DefaultValue("http://localhost:8089") URI baseUrl,
        @DefaultValue("AC0123456789abcdef0123456789abcdef") String accountSid,
        @DefaultValue("sandbox-twilio-auth-token") String authToken,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration responseTimeout,
        @DefaultValue Resilience resilience) {

    /**
     * Protection around the account, per account.
     *
     * @param callsPerSecond        request rate the account allows (Twilio's CPS)
     * @param maxConcurrentRequests requests in flight at once (bulkhead)
     * @param rateLimitWait         how long a request may wait for the rate limiter before it counts as refused
     * @param maxAttempts           tries of one request on transient failures (429, 5xx, refused connection)
     * @param backoff               first wait between tries, doubled each time, unless the provider says Retry-After
     * @param maxRetryAfter         a longer Retry-After is not waited for inline: the attempt is retried later
     * @param failureRateThreshold  percentage of failed requests that opens the circuit
     * @param openStateWait         how long the circuit stays open before trying again
     */
    public record Resilience(
            @DefaultValue("50") int callsPerSecond,
            @DefaultValue("64") int maxConcurrentRequests,
            @DefaultValue("2s") Duration rateLimitWait,
            @DefaultValue("3") int maxAttempts,
            @DefaultValue("200ms") Duration backoff,
            @DefaultValue("5s") Duration maxRetryAfter,
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("20") int slidingWindowSize,
            @DefaultValue("30s") Duration openStateWait) {
    }
}
