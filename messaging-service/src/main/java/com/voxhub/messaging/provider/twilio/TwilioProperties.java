package com.voxhub.messaging.provider.twilio;

import com.voxhub.messaging.provider.resilience.ResilienceSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Twilio Messages API account. Defaults point at the local provider sandbox; real Twilio is only a base URL and
 * credentials away. Status callbacks are signed with {@code authToken}.
 */
@ConfigurationProperties("voxhub.twilio")
public record TwilioProperties(
        String baseUrl,
        String accountSid,
        String authToken,
        Duration connectTimeout,
        Duration responseTimeout,
        int maxConnections,
        ResilienceSettings resilience) {

    public TwilioProperties {
        baseUrl = baseUrl != null ? baseUrl : "http://localhost:8089";
        accountSid = accountSid != null ? accountSid : "AC0123456789abcdef0123456789abcdef";
        authToken = authToken != null ? authToken : "sandbox-twilio-auth-token";
        connectTimeout = connectTimeout != null ? connectTimeout : Duration.ofSeconds(2);
        responseTimeout = responseTimeout != null ? responseTimeout : Duration.ofSeconds(10);
        maxConnections = maxConnections > 0 ? maxConnections : 200;
        resilience = resilience != null ? resilience : ResilienceSettings.defaults();
    }
}
