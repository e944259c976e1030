package com.voxhub.messaging.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which email provider sends campaign email ({@code smtp} or {@code sendgrid}) and where one-click unsubscribe
 * links point: {@code {unsubscribeBaseUrl}/{messageId}} (RFC 8058 POST).
 */
@ConfigurationProperties("voxhub.messaging.email")
public record EmailProperties(String provider, String unsubscribeBaseUrl) {

    public EmailProperties {
        provider = provider != null ? provider : "smtp";
        unsubscribeBaseUrl = unsubscribeBaseUrl != null ? unsubscribeBaseUrl : "http://localhost:8083/unsubscribe";
    }

    public String unsubscribeUrl(String messageId) {
        String base = unsubscribeBaseUrl.endsWith("/") ? unsubscribeBaseUrl : unsubscribeBaseUrl + "/";
        return base + messageId;
    }
}
