package com.voxhub.messaging.message.dispatch;

import com.voxhub.messaging.message.domain.DispatchPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The dispatcher's pace. {@code sendingLease} must exceed the longest a provider request can take with its
 * retries (attempts x (response timeout + retry wait)): a message SENDING for longer is presumed lost in a crash
 * and reconciled with the provider.
 */
@ConfigurationProperties("voxhub.messaging.dispatch")
public record DispatchProperties(
        Boolean enabled,
        Duration pollInterval,
        int batchSize,
        int maxInFlight,
        Duration sendingLease,
        Duration reconcileInterval,
        Duration lookupTimeout,
        int maxDeferrals,
        Duration baseBackoff,
        Duration maxBackoff) {

    public DispatchProperties {
        enabled = enabled == null || enabled;
        pollInterval = pollInterval != null ? pollInterval : Duration.ofMillis(500);
        batchSize = batchSize > 0 ? batchSize : 100;
        maxInFlight = maxInFlight > 0 ? maxInFlight : 500;
        sendingLease = sendingLease != null ? sendingLease : Duration.ofMinutes(2);
        reconcileInterval = reconcileInterval != null ? reconcileInterval : Duration.ofSeconds(30);
        lookupTimeout = lookupTimeout != null ? lookupTimeout : Duration.ofSeconds(15);
        maxDeferrals = maxDeferrals > 0 ? maxDeferrals : 20;
        baseBackoff = baseBackoff != null ? baseBackoff : Duration.ofSeconds(2);
        maxBackoff = maxBackoff != null ? maxBackoff : Duration.ofMinutes(5);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public DispatchPolicy policy() {
        return new DispatchPolicy(maxDeferrals, baseBackoff, maxBackoff);
    }
}
