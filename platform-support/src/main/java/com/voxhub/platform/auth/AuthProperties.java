package com.voxhub.platform.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API-key settings ({@code voxhub.auth.*}).
 *
 * @param enabled         whether the {@link ApiKeyDirectory} bean is created
 * @param materializeKeys whether this service copies {@code accounts.api-keys} into its {@code api_key} table
 *                        (campaign-service owns the keys, writes the table itself and turns this off)
 * @param cacheTtl        how long a successful lookup is cached; bounds how long a revoked key still works
 *                        on an instance that did not consume the revocation itself
 * @param cacheSize       most entries kept; the cache is cleared when full
 */
@ConfigurationProperties("voxhub.auth")
public record AuthProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("true") boolean materializeKeys,
        @DefaultValue("30s") Duration cacheTtl,
        @DefaultValue("10000") int cacheSize) {
}
