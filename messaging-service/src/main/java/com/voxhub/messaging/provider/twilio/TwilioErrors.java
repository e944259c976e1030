package com.voxhub.messaging.provider.twilio;

import com.voxhub.messaging.message.domain.SendResult;
import com.voxhub.messaging.provider.resilience.TransientProviderException;

import java.time.Duration;
import java.util.Map;

/**
 * Sorts Twilio's error answers. 429 and 5xx are transient (retry, honouring Retry-After). Any other 4xx is
 * permanent: sending the same request again cannot succeed. Reasons name Twilio's error code and a fixed label,
 * never Twilio's message text, which quotes the phone number.
 */
final class TwilioErrors {

    private static final Map<Integer, String> KNOWN = Map.of(
            21211, "invalid_number",
            21614, "unreachable_number",
            21610, "opted_out",
            21612, "unreachable_number",
            21408, "region_not_enabled",
            21606, "invalid_sender",
            21617, "body_too_long");

    private TwilioErrors() {
    }

    /** @throws TransientProviderException for answers worth retrying */
    static SendResult.Rejected classify(int httpStatus, TwilioMessage.Error error, Duration retryAfter) {
        if (httpStatus == 429 || httpStatus >= 500) {
            throw new TransientProviderException("twilio_http_" + httpStatus, retryAfter);
        }
        Integer code = error == null ? null : error.code();
        if (code == null) {
            return new SendResult.Rejected("twilio_http_" + httpStatus + ": rejected");
        }
        return new SendResult.Rejected("twilio_" + code + ": " + KNOWN.getOrDefault(code, "rejected"));
    }
}
