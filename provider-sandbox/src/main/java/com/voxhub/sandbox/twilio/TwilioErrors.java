package com.voxhub.sandbox.twilio;

import com.voxhub.sandbox.faults.FaultDecision;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Twilio's 2010-04-01 error shape: {@code code}, {@code message}, {@code more_info}, {@code status}. */
public final class TwilioErrors {

    private TwilioErrors() {
    }

    public static ResponseEntity<Object> error(int status, int code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        body.put("more_info", "https://www.twilio.com/docs/errors/" + code);
        body.put("status", status);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    public static ResponseEntity<Object> authenticationFailed() {
        ResponseEntity<Object> error = error(401, 20003, "Authenticate");
        return ResponseEntity.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Twilio API\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(error.getBody());
    }

    public static ResponseEntity<Object> notFound(String path) {
        return error(404, 20404, "The requested resource " + path + " was not found");
    }

    public static ResponseEntity<Object> invalidTo(String to) {
        return error(400, 21211, "The 'To' number " + to + " is not a valid phone number.");
    }

    /** An injected fault, answered the way Twilio's edge answers it. */
    public static ResponseEntity<Object> fault(FaultDecision decision) {
        return switch (decision.kind()) {
            case INTERNAL_ERROR -> error(500, 20500, "Internal Server Error");
            case UNAVAILABLE -> error(503, 20503, "Service Unavailable");
            case THROTTLE -> ResponseEntity.status(429)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfter().toSeconds()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(error(429, 20429, "Too Many Requests").getBody());
            // A gateway timeout comes from the edge, not from the API: no Twilio error body.
            case TIMEOUT -> ResponseEntity.status(504).build();
        };
    }
}
