package com.voxhub.webhook.callback.web;

import com.voxhub.webhook.callback.domain.CallbackRefused;
import com.voxhub.webhook.callback.domain.RefusalReason;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place refusals become responses ({@code {"error": code, "message": text}}) and are counted in
 * {@code webhook.refused{provider,reason}}.
 *
 * <p>Signature problems are 403 for both vendors: the request carries a signature, not credentials, and 401 would
 * require a WWW-Authenticate challenge that neither scheme has (RFC 9110 15.5.2); Twilio's own request-validation
 * middleware answers 403 too. What the gateway should retry (Kafka or the verification key not available) is 503
 * with Retry-After; both vendors retry any non-2xx, so nothing we refuse that way is lost.
 *
 * <p>Everything else under /webhooks/ (unknown path, wrong method, a bug) is rendered in the same shape by
 * platform-support's error handler through {@link WebhookErrorShape}.
 */
@RestControllerAdvice(assignableTypes = {TwilioWebhookController.class, SendGridWebhookController.class})
public class WebhookErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(WebhookErrorHandler.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final MeterRegistry meters;

    public WebhookErrorHandler(MeterRegistry meters) {
        this.meters = meters;
    }

    @ExceptionHandler(CallbackRefused.class)
    public ResponseEntity<WebhookError> refused(CallbackRefused refused) {
        RefusalReason reason = refused.reason();
        meters.counter("webhook.refused", "provider", refused.provider(), "reason", reason.code()).increment();
        HttpStatus status = status(reason);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            log.warn("Refused a {} callback ({}): {}", refused.provider(), reason.code(),
                    refused.getCause() == null ? refused.getMessage() : refused.getCause().toString());
            return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .body(new WebhookError(reason.code(), refused.getMessage()));
        }
        log.info("Refused a {} callback ({})", refused.provider(), reason.code());
        return ResponseEntity.status(status).body(new WebhookError(reason.code(), refused.getMessage()));
    }

    static HttpStatus status(RefusalReason reason) {
        return switch (reason) {
            case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
            case MISSING_SIGNATURE, INVALID_SIGNATURE, STALE_TIMESTAMP -> HttpStatus.FORBIDDEN;
            case MALFORMED_BODY, FIELD_TOO_LONG -> HttpStatus.BAD_REQUEST;
            case PAYLOAD_TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case VERIFICATION_KEY_UNAVAILABLE, KAFKA_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }
}
