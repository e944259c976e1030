package com.voxhub.platform.web.idempotency;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code Idempotency-Key} on POST requests ({@code voxhub.web.idempotency.*}).
 *
 * @param enabled          off unless a service turns it on (it needs the V0_2 table and a scope)
 * @param ttl              how long a key and its answer are kept
 * @param waitForInFlight  how long a duplicate waits for the first request's answer before a 409
 * @param takeOverAfter    an answer-less claim this old is presumed lost (its instance died) and may be re-run
 * @param memoryThreshold  bodies up to this size are held in memory to fingerprint and replay them to the
 *                         handler; larger ones (file imports) are spooled to a temporary file
 * @param maxBodySize      larger bodies are refused with 413
 * @param excludedPaths    path prefixes the filter never touches
 */
@ConfigurationProperties("voxhub.web.idempotency")
public record IdempotencyProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("24h") Duration ttl,
        @DefaultValue("10s") Duration waitForInFlight,
        @DefaultValue("60s") Duration takeOverAfter,
        @DefaultValue("1MB") DataSize memoryThreshold,
        @DefaultValue("256MB") DataSize maxBodySize,
        @DefaultValue("/actuator/") List<String> excludedPaths) {
}
