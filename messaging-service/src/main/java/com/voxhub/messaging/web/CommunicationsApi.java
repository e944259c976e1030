package com.voxhub.messaging.web;

import com.voxhub.platform.web.ErrorShape;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import java.util.LinkedHashMap;
import java.util.Map;

/** The seed-001 surface renders every error as {@code {"status": <http status>, "message": "..."}}. */
@Configuration(proxyBeanMethods = false)
public class CommunicationsApi {

    public static final String PREFIX = "/communications/";

    @Bean
    @Order(1)
    ErrorShape communicationsErrors() {
        return ErrorShape.of(PREFIX, (status, code, message) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("message", message);
            return body;
        });
    }
}
