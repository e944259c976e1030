package com.voxhub.dialer.config;

import com.voxhub.dialer.call.domain.RetryPolicy;
import com.voxhub.dialer.campaign.domain.CallingTime;
import com.voxhub.dialer.campaign.domain.ContactTimeZones;
import com.voxhub.platform.web.ErrorShape;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Domain objects and shared infrastructure beans of the dialer. */
@Configuration(proxyBeanMethods = false)
class DialerConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RetryPolicy retryPolicy(DialerProperties properties) {
        return new RetryPolicy(properties.defaultRetryDelay());
    }

    @Bean
    CallingTime callingTime() {
        return new CallingTime(new ContactTimeZones());
    }

    /** The dialer's own surface (/dialer/**): {"error":{"code","message"}}. TwiML endpoints answer 403 without one. */
    @Bean
    ErrorShape dialerErrors() {
        return ErrorShape.of("/dialer/", (status, code, message) -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", code);
            error.put("message", message);
            return Map.of("error", error);
        });
    }
}
