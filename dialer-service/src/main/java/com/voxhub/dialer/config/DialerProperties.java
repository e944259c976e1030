package com.voxhub.dialer.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the dialer works.
 *
 * @param publicBaseUrl     the dialer's URL as the voice provider sees it: TwiML is fetched there and signed for it
 * @param defaultCallerId   caller id when the campaign has no usable sender (E.164)
 * @param ringTimeout       how long a call rings before the provider reports no answer
 * @param defaultRetryDelay delay before a retry when the campaign lists none
 */
@ConfigurationProperties("voxhub.dialer")
public record DialerProperties(
        @DefaultValue("http://localhost:8082") String publicBaseUrl,
        @DefaultValue("+15005550006") String defaultCallerId,
        @DefaultValue("30s") Duration ringTimeout,
        @DefaultValue("10m") Duration defaultRetryDelay,
        @DefaultValue Scheduler scheduler,
        @DefaultValue Reconciler reconciler,
        @DefaultValue Pacing pacing) {

    /**
     * @param pollInterval how often due attempts are picked from the database (bounds how fast a pause is seen)
     * @param batchSize    most jobs claimed per scan
     * @param concurrency  provider requests in flight at once from this instance
     */
    public record Scheduler(
            @DefaultValue("250ms") Duration pollInterval,
            @DefaultValue("100") int batchSize,
            @DefaultValue("16") int concurrency) {
    }

    /**
     * @param unknownAfter an attempt still REQUESTING this long after its intent is looked up at the provider
     * @param interval     how often the reconciler runs (it also runs once at startup, for every open attempt)
     * @param stalledAfter a placed call whose status has not changed for this long is looked up (its final
     *                     callback may have been lost); longer than any real call
     */
    public record Reconciler(
            @DefaultValue("60s") Duration unknownAfter,
            @DefaultValue("15s") Duration interval,
            @DefaultValue("100") int batchSize,
            @DefaultValue("4h") Duration stalledAfter) {
    }

    /**
     * @param callsPerSecond     most call starts per campaign in any one second (the campaign has no such setting)
     * @param maxConcurrentCalls calls in progress per campaign when the campaign sets no cap
     */
    public record Pacing(
            @DefaultValue("10") int callsPerSecond,
            @DefaultValue("100") int maxConcurrentCalls) {
    }
}
