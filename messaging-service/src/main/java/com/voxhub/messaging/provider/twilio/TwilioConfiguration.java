package com.voxhub.messaging.provider.twilio;

import com.voxhub.messaging.config.WebhookProperties;
import com.voxhub.messaging.provider.http.ProviderHttp;
import com.voxhub.messaging.provider.resilience.ProviderResilience;
import com.voxhub.messaging.sms.domain.SmsSender;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Twilio is the SMS provider: the sandbox locally, real Twilio by configuration. */
@Configuration(proxyBeanMethods = false)
public class TwilioConfiguration {

    @Bean
    SmsSender twilioSmsSender(TwilioProperties twilio, WebhookProperties webhooks, Clock clock) {
        return new TwilioSmsSender(
                ProviderHttp.webClient("twilio", twilio.baseUrl(), twilio.connectTimeout(), twilio.responseTimeout(),
                        twilio.maxConnections()),
                twilio, webhooks.publicBaseUrl(), new ProviderResilience(TwilioSmsSender.PROVIDER, twilio.resilience()),
                clock);
    }
}
