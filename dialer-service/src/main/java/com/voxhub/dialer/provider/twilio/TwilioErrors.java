package com.voxhub.dialer.provider.twilio;

import com.voxhub.dialer.call.domain.CallOutcomeUnknownException;
import com.voxhub.dialer.call.domain.CallRejectedException;
import com.voxhub.dialer.call.domain.ProviderUnavailableException;
import com.voxhub.dialer.call.domain.RejectionReason;
import com.voxhub.dialer.call.domain.VoiceProviderException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Classifies what went wrong with a Twilio request: permanent (the number or caller id is refused: never retry),
 * transient (the provider did not take it: retry), or unknown (it may have placed the call: reconcile).
 */
final class TwilioErrors {

    // https://www.twilio.com/docs/api/errors: 21211 invalid 'To', 21214 'To' cannot be reached,
    // 21217 not a valid phone number; 13223/13224 invalid phone number format.
    private static final Map<RejectionReason, Set<Integer>> CODES = Map.of(
            RejectionReason.INVALID_NUMBER, Set.of(21211, 21214, 21217, 13223, 13224),
            RejectionReason.INVALID_CALLER_ID, Set.of(21210, 21212, 21213),
            RejectionReason.BLOCKED_NUMBER, Set.of(21215, 21216));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TwilioErrors() {
    }

    /** An HTTP answer other than 2xx. */
    static VoiceProviderException ofResponse(int status, String body, String retryAfterHeader, Instant now) {
        Integer code = errorCode(body);
        String what = "twilio answered " + status + (code != null ? " code " + code : "");
        if (status == 429) {
            return new ProviderUnavailableException(what, retryAfter(retryAfterHeader, now), null);
        }
        if (status >= 500 || status == 401 || status == 403) {
            // A refused credential is our configuration, not the contact: keep the job and let the circuit open.
            return new ProviderUnavailableException(what, retryAfter(retryAfterHeader, now), null);
        }
        RejectionReason reason = CODES.entrySet().stream()
                .filter(entry -> code != null && entry.getValue().contains(code))
                .map(Map.Entry::getKey).findFirst().orElse(RejectionReason.OTHER);
        return new CallRejectedException(reason, code != null ? code.toString() : Integer.toString(status), what);
    }

    /**
     * A request that got no HTTP answer. Only a failure to connect proves the provider never saw it; anything
     * later (response timeout, dropped connection) may have created the call.
     */
    static VoiceProviderException ofTransport(Throwable error) {
        if (error instanceof VoiceProviderException known) {
            return known;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return new ProviderUnavailableException("twilio unreachable: " + cause.getClass().getSimpleName(),
                        null, error);
            }
        }
        return new CallOutcomeUnknownException("no answer from twilio: " + error.getClass().getSimpleName(), error);
    }

    static Integer errorCode(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode code = JSON.readTree(body).get("code");
            return code != null && code.canConvertToInt() ? code.asInt() : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** Retry-After is either delay-seconds or an HTTP date (RFC 9110). */
    static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now, at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
