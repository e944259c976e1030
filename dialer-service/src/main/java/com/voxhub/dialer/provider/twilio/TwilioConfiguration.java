package com.voxhub.dialer.provider.twilio;

import com.voxhub.dialer.call.domain.VoiceProvider;
import com.voxhub.dialer.config.DialerProperties;
import com.voxhub.dialer.config.WebhookProperties;
import io.netty.channel.ChannelOption;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/** The Twilio-compatible voice provider: the sandbox by default, a real account by configuration. */
@Configuration(proxyBeanMethods = false)
class TwilioConfiguration {

    @Bean
    VoiceProvider twilioVoiceProvider(ObjectProvider<WebClient.Builder> builders, TwilioProperties twilio, DialerProperties dialer,
                                      WebhookProperties webhooks, Clock clock) {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) twilio.connectTimeout().toMillis())
                .responseTimeout(twilio.responseTimeout());
        // Boot's builder (with observation) when the webclient starter is present, else a plain one.
        WebClient.Builder builder = builders.getIfAvailable(WebClient::builder).clone();
        WebClient client = builder.clientConnector(new ReactorClientHttpConnector(http)).build();
        return new TwilioVoiceProvider(client, twilio,
                new TwilioCallbackUrls(dialer.publicBaseUrl(), webhooks.publicBaseUrl()), clock);
    }

    @Bean
    TwilioRequestVerifier twilioRequestVerifier(TwilioProperties twilio, DialerProperties dialer) {
        return new TwilioRequestVerifier(dialer.publicBaseUrl(), twilio.authToken());
    }
}
