package com.voxhub.sandbox.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The SendGrid API key the sandbox accepts (same property the services use to call it). */
@ConfigurationProperties("voxhub.sendgrid")
public record SendGridProperties(@DefaultValue("SG.sandbox-key") String apiKey) {
}
