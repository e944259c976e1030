package com.voxhub.sandbox.twilio.messages;

import com.voxhub.sandbox.outcome.OutcomeRules;
import com.voxhub.sandbox.twilio.TwilioErrors;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;

/** The form fields of a Create Message request the sandbox acts on. */
record MessageRequest(String to, String from, String messagingServiceSid, String body, String statusCallback,
                      String mediaUrl) {

    static MessageRequest from(MultiValueMap<String, String> form) {
        return new MessageRequest(blankToNull(form.getFirst("To")), blankToNull(form.getFirst("From")),
                blankToNull(form.getFirst("MessagingServiceSid")), form.getFirst("Body"),
                blankToNull(form.getFirst("StatusCallback")), blankToNull(form.getFirst("MediaUrl")));
    }

    /** Twilio's validation, in Twilio's order; empty when the request is acceptable. */
    Optional<ResponseEntity<Object>> problem(OutcomeRules rules) {
        if (to == null) {
            return Optional.of(TwilioErrors.error(400, 21604, "A 'To' phone number is required."));
        }
        if (from == null && messagingServiceSid == null) {
            return Optional.of(TwilioErrors.error(400, 21603, "A 'From' phone number is required."));
        }
        if ((body == null || body.isEmpty()) && mediaUrl == null) {
            return Optional.of(TwilioErrors.error(400, 21602, "Message body is required."));
        }
        if (body != null && body.length() > 1600) {
            return Optional.of(TwilioErrors.error(400, 21617,
                    "The concatenated message body exceeds the 1600 character limit."));
        }
        if (!rules.isValidNumber(to)) {
            return Optional.of(TwilioErrors.invalidTo(to));
        }
        return Optional.empty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
