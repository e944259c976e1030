package com.voxhub.messaging.provider.smtp;

import com.voxhub.messaging.provider.resilience.ResilienceSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Protection of the SMTP relay. Host, port, credentials and socket timeouts are Spring's {@code spring.mail.*};
 * {@code messageIdDomain} is the right-hand side of the Message-ID header we set.
 */
@ConfigurationProperties("voxhub.smtp")
public record SmtpProperties(String messageIdDomain, ResilienceSettings resilience) {

    public SmtpProperties {
        messageIdDomain = messageIdDomain != null ? messageIdDomain : "voxhub.local";
        resilience = resilience != null ? resilience : ResilienceSettings.defaults();
    }
}
