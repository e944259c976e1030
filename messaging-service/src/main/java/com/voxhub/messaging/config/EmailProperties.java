package com.voxhub.messaging.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which email provider sends campaign email ({@code smtp} or {@code sendgrid}); where one-click unsubscribe links
 * point: {@code {unsubscribeBaseUrl}/{messageId}} (RFC 8058 POST); and, for providers that do not track opens and
 * clicks (SMTP), the base of our open pixel and click redirect and the secret that signs click targets.
 */
@ConfigurationProperties("voxhub.messaging.email")
public record EmailProperties(String provider, String unsubscribeBaseUrl, String trackingBaseUrl,
                             String trackingSecret) {

    public EmailProperties {
        provider = provider != null ? provider : "smtp";
        unsubscribeBaseUrl = unsubscribeBaseUrl != null ? unsubscribeBaseUrl : "http://localhost:8083/unsubscribe";
        trackingBaseUrl = trackingBaseUrl != null ? trackingBaseUrl : "http://localhost:8083/t";
        trackingSecret = trackingSecret != null ? trackingSecret : "local-tracking-secret";
    }

    public String unsubscribeUrl(String messageId) {
        String base = unsubscribeBaseUrl.endsWith("/") ? unsubscribeBaseUrl : unsubscribeBaseUrl + "/";
        return base + messageId;
    }

    /** SendGrid tracks opens and clicks itself (its events arrive on provider.events); SMTP does not. */
    public boolean weTrack() {
        return "smtp".equals(provider);
    }
}
