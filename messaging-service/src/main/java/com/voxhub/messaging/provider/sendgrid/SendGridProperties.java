package com.voxhub.messaging.provider.sendgrid;

import com.voxhub.messaging.provider.resilience.ResilienceSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** SendGrid v3 Mail Send. Defaults point at the local provider sandbox. */
@ConfigurationProperties("voxhub.sendgrid")
public record SendGridProperties(
        String baseUrl,
        String apiKey,
        Duration connectTimeout,
        Duration responseTimeout,
        int maxConnections,
        ResilienceSettings resilience) {

    public SendGridProperties {
        baseUrl = baseUrl != null ? baseUrl : "http://localhost:8089";
        apiKey = apiKey != null ? apiKey : "SG.sandbox-key";
        connectTimeout = connectTimeout != null ? connectTimeout : Duration.ofSeconds(2);
        responseTimeout = responseTimeout != null ? responseTimeout : Duration.ofSeconds(10);
        maxConnections = maxConnections > 0 ? maxConnections : 100;
        resilience = resilience != null ? resilience : ResilienceSettings.defaults();
    }
}
