package com.voxhub.platform.web;

import java.util.stream.Collectors;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

/** Maps an exception to what the caller may see; {@code null} for an unexpected failure (a 500). */
final class ErrorClassifier {

    private ErrorClassifier() {
    }

    static ApiError classify(Throwable error) {
        if (error instanceof ApiException api) {
            return new ApiError(api.status(), api.code(), api.getMessage());
        }
        if (causedBy(error, DataBufferLimitException.class)
                || error instanceof ResponseStatusException rse && rse.getStatusCode().value() == 413) {
            return new ApiError(413, "payload_too_large", "Request body is too large");
        }
        if (error instanceof WebExchangeBindException bind) {
            String fields = bind.getFieldErrors().stream()
                    .map(field -> field.getField() + ": " + field.getDefaultMessage())
                    .collect(Collectors.joining("; "));
            return new ApiError(400, "validation_failed", fields.isEmpty() ? "Invalid request" : fields);
        }
        if (error instanceof ServerWebInputException input) {
            // Never echo the parser's message: it can quote the body, which may hold personal data.
            if (causedBy(error, DecodingException.class)) {
                return new ApiError(400, "malformed_request", "Malformed JSON request body");
            }
            return new ApiError(400, "bad_request", input.getReason() != null ? input.getReason() : "Bad request");
        }
        if (error instanceof ResponseStatusException rse) {
            HttpStatusCode status = rse.getStatusCode();
            if (status.is5xxServerError()) {
                return null;
            }
            return new ApiError(status.value(), codeOf(status), messageOf(rse));
        }
        return null;
    }

    private static String messageOf(ResponseStatusException error) {
        if (error.getStatusCode().value() == 404) {
            return "Resource not found"; // the framework's reason names static resources: not for callers
        }
        HttpStatus known = HttpStatus.resolve(error.getStatusCode().value());
        return error.getReason() != null ? error.getReason()
                : known != null ? known.getReasonPhrase() : "Request failed";
    }

    static String codeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http_" + status.value() : known.name().toLowerCase();
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
