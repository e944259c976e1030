package com.voxhub.campaign.vms.web;

import com.voxhub.campaign.vms.domain.VmsValidationException.Problem;
import com.voxhub.platform.web.ErrorShape;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Seed 003's error shape, {@code {"code": 400, "message": "Payload validation error.", "errors": {field: {code,
 * message}}}}, for its validation errors and (through the platform's handler) every other failure under
 * {@code /v1/public/}: a 400 the platform raised (malformed JSON) names {@code payload}; other statuses carry
 * {@code code} and {@code message} only.
 */
@Configuration(proxyBeanMethods = false)
class VmsErrors {

    static final String PREFIX = "/v1/public/";

    static Map<String, Object> validation(Map<String, Problem> problems) {
        Map<String, Object> errors = new LinkedHashMap<>();
        problems.forEach((field, p) -> errors.put(field, Map.of("code", p.code(), "message", p.message())));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", 400);
        body.put("message", "Payload validation error.");
        body.put("errors", errors);
        return body;
    }

    @Bean
    ErrorShape vocalCampaignErrorShape() {
        return ErrorShape.of(PREFIX, (status, code, message) -> {
            if (status == 400) {
                return validation(Map.of("payload", new Problem(400, message)));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", status);
            body.put("message", message);
            return body;
        });
    }
}
