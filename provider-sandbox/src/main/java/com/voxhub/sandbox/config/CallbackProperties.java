package com.voxhub.sandbox.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbound HTTP to our services (status callbacks, TwiML fetches, event webhooks).
 * A callback answered 5xx or not answered at all is retried with exponential backoff, as the providers do.
 */
@ConfigurationProperties("voxhub.sandbox.callbacks")
public record CallbackProperties(
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration responseTimeout,
        @DefaultValue("4") int maxAttempts,
        @DefaultValue("500ms") Duration firstBackoff,
        @DefaultValue("200") int maxConnections) {
}
