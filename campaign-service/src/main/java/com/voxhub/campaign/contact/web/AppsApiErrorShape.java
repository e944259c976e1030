package com.voxhub.campaign.contact.web;

import com.voxhub.campaign.contact.domain.ContactService;
import com.voxhub.platform.web.ErrorShape;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Seed 004's product is a Rails app; the only error body the seed shows is the failed job's
 * {@code {"error_details": "<error class>", "error_message": "..."}}, so every error of {@code /apps/api/**} takes
 * that shape, with a Rails-like class for the platform's generic failures.
 */
@Configuration(proxyBeanMethods = false)
class AppsApiErrorShape {

    private static final Map<String, String> RAILS_CLASSES = Map.of(
            "not_found", ContactService.NOT_FOUND,
            "malformed_request", "ActionDispatch::Http::Parameters::ParseError",
            "validation_failed", ContactBodies.BAD_PARAMETER,
            "bad_request", ContactBodies.BAD_PARAMETER,
            "unauthorized", "Unauthorized",
            "payload_too_large", "ActionDispatch::Http::Parameters::PayloadTooLarge",
            "internal_error", "StandardError");

    @Bean
    ErrorShape contactsErrorShape() {
        return ErrorShape.of("/apps/api/", (status, code, message) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error_details", code != null && code.contains("::") ? code
                    : RAILS_CLASSES.getOrDefault(code, code == null ? "StandardError" : code));
            body.put("error_message", message);
            return body;
        });
    }
}
