package com.voxhub.sandbox.sendgrid;

import com.voxhub.sandbox.faults.FaultDecision;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** SendGrid v3's error shape: {@code {"errors":[{"message","field","help"}]}}. */
final class SendGridErrors {

    static final String HELP = "http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html";

    private SendGridErrors() {
    }

    /** One error; field and help may be null, as SendGrid writes them. */
    record Error(String message, String field, String help) {

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("message", message);
            json.put("field", field);
            json.put("help", help);
            return json;
        }
    }

    static ResponseEntity<Object> of(int status, List<Error> errors) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("errors", errors.stream().map(Error::toJson).toList()));
    }

    static ResponseEntity<Object> unauthorized() {
        return of(401, List.of(new Error("The provided authorization grant is invalid, expired, or revoked",
                null, null)));
    }

    /** An injected fault, answered the way SendGrid's API answers it. */
    static ResponseEntity<Object> fault(FaultDecision decision) {
        return switch (decision.kind()) {
            case INTERNAL_ERROR -> of(500, List.of(new Error("internal error", null, null)));
            case UNAVAILABLE -> of(503, List.of(new Error("service unavailable", null, null)));
            case THROTTLE -> {
                long retryAfter = decision.retryAfter().toSeconds();
                yield ResponseEntity.status(429)
                        .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter))
                        .header("X-RateLimit-Limit", "600")
                        .header("X-RateLimit-Remaining", "0")
                        .header("X-RateLimit-Reset", String.valueOf(Instant.now().getEpochSecond() + retryAfter))
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("errors", List.of(new Error("too many requests", null, null).toJson())));
            }
            // A gateway timeout comes from the edge, not from the API: no SendGrid error body.
            case TIMEOUT -> ResponseEntity.status(504).build();
        };
    }
}
