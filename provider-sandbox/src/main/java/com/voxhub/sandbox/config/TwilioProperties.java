package com.voxhub.sandbox.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The one Twilio account the sandbox accepts; callbacks are signed with its auth token. */
@ConfigurationProperties("voxhub.twilio")
public record TwilioProperties(
        @DefaultValue("AC0123456789abcdef0123456789abcdef") String accountSid,
        @DefaultValue("sandbox-twilio-auth-token") String authToken) {
}
