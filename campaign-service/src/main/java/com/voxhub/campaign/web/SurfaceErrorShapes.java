package com.voxhub.campaign.web;

import com.voxhub.campaign.job.domain.FieldError;
import com.voxhub.platform.web.ErrorShape;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Each surface campaign-service serves answers errors in the shape its product documents. */
@Configuration(proxyBeanMethods = false)
class SurfaceErrorShapes {

    /**
     * Seed 002 is a Django REST Framework API: {@code {"detail": "..."}} for request-level errors and
     * {@code {"field": ["message"]}} for field validation.
     */
    @Bean
    ErrorShape jobsErrorShape() {
        return new ErrorShape() {
            @Override
            public boolean handles(String path) {
                return path.startsWith("/j/");
            }

            @Override
            public Object body(int status, String code, String message) {
                if (code != null && code.startsWith(FieldError.CODE_PREFIX)) {
                    return Map.of(code.substring(FieldError.CODE_PREFIX.length()), List.of(message));
                }
                return Map.of("detail", message);
            }
        };
    }

    /** The native API: {@code {"error": {"code": "...", "message": "..."}}}. */
    @Bean
    ErrorShape nativeErrorShape() {
        return new ErrorShape() {
            @Override
            public boolean handles(String path) {
                return path.startsWith("/api/v1/");
            }

            @Override
            public Object body(int status, String code, String message) {
                String plain = code != null && code.startsWith(FieldError.CODE_PREFIX)
                        ? "invalid_" + code.substring(FieldError.CODE_PREFIX.length()) : code;
                return Map.of("error", Map.of("code", plain == null ? "error" : plain, "message", message));
            }
        };
    }
}
