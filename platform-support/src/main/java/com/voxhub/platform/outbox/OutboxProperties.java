package com.voxhub.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbox and relay settings ({@code voxhub.outbox.*}).
 *
 * @param enabled         whether the {@link Outbox} bean and the relay are created at all
 * @param relayEnabled    whether this instance runs the relay (appends still work without it)
 * @param pollInterval    how often the relay looks for rows it was not woken for (crashes, other instances)
 * @param batchSize       rows sent per relay transaction
 * @param retention       how long sent rows are kept for inspection; zero deletes rows once sent
 * @param purgeInterval   how often sent rows older than the retention are deleted
 * @param deliveryTimeout upper bound on one send (producer {@code delivery.timeout.ms}); a row not acked by
 *                        then counts as failed and is resent
 * @param backoffInitial  first pause after a failed send
 * @param backoffMax      longest pause between retries while the broker stays unavailable
 */
@ConfigurationProperties("voxhub.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("200") int batchSize,
        @DefaultValue("24h") Duration retention,
        @DefaultValue("10m") Duration purgeInterval,
        @DefaultValue("30s") Duration deliveryTimeout,
        @DefaultValue("500ms") Duration backoffInitial,
        @DefaultValue("30s") Duration backoffMax) {
}
