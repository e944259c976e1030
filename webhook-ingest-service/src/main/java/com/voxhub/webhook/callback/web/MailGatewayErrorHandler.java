package com.voxhub.webhook.callback.web;

import com.voxhub.webhook.callback.domain.CallbackRefused;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of seed 001's webhooks in the seed's error shape ({@code {"status": 400, "message": "..."}}), with the
 * same statuses and metric as the vendor webhooks: 401 without a valid API key, 400 for a body that does not
 * follow the seed, 503 with Retry-After when Kafka cannot take it.
 */
@RestControllerAdvice(assignableTypes = MailGatewayController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MailGatewayErrorHandler {

    private final MeterRegistry meters;

    public MailGatewayErrorHandler(MeterRegistry meters) {
        this.meters = meters;
    }

    @ExceptionHandler(CallbackRefused.class)
    public ResponseEntity<Map<String, Object>> refused(CallbackRefused refused) {
        meters.counter("webhook.refused", "provider", refused.provider(), "reason", refused.reason().code())
                .increment();
        HttpStatus status = WebhookErrorHandler.status(refused.reason());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return response.body(Map.of("status", status.value(), "message", refused.getMessage()));
    }
}
