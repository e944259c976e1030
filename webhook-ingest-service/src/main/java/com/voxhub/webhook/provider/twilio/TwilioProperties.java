package com.voxhub.webhook.provider.twilio;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The Twilio account whose auth token signs the callbacks we receive (same keys as the senders use). */
@ConfigurationProperties("voxhub.twilio")
public record TwilioProperties(@DefaultValue("sandbox-twilio-auth-token") String authToken) {
}
