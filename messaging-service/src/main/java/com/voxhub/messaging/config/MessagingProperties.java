package com.voxhub.messaging.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Senders used when a campaign names none. */
@ConfigurationProperties("voxhub.messaging")
public record MessagingProperties(String defaultSmsSender, String defaultEmailSender) {

    public MessagingProperties {
        defaultSmsSender = defaultSmsSender != null ? defaultSmsSender : "+15005550006";
        defaultEmailSender = defaultEmailSender != null ? defaultEmailSender : "no-reply@voxhub.local";
    }
}
