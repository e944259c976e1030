package com.voxhub.dialer.config;

import com.voxhub.dialer.call.domain.RetryPolicy;
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

    /** The dialer's own surface (/dialer/**): a small JSON error body. TwiML endpoints answer 403 without one. */
    @Bean
    ErrorShape dialerErrors() {
        return ErrorShape.of("/dialer/", (status, code, message) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("code", code);
            body.put("message", message);
            return body;
        });
    }
}
