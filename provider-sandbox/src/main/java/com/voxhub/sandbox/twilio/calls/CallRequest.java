package com.voxhub.sandbox.twilio.calls;

import com.voxhub.sandbox.outcome.OutcomeRules;
import com.voxhub.sandbox.twilio.TwilioErrors;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;

/** The form fields of a Create Call request the sandbox acts on. */
record CallRequest(String to, String from, String url, String method, String twiml, String statusCallback,
                   String statusCallbackMethod, Set<String> statusCallbackEvents, String machineDetection,
                   int timeoutSeconds) {

    static CallRequest from(MultiValueMap<String, String> form) {
        Set<String> events = new LinkedHashSet<>();
        List<String> raw = form.getOrDefault("StatusCallbackEvent", List.of());
        // Twilio accepts the parameter repeated, and also space-separated in one value.
        raw.forEach(v -> events.addAll(List.of(v.trim().toLowerCase(Locale.ROOT).split("[\\s,]+"))));
        events.remove("");
        return new CallRequest(blankToNull(form.getFirst("To")), blankToNull(form.getFirst("From")),
                blankToNull(form.getFirst("Url")), upper(form.getFirst("Method")), blankToNull(form.getFirst("Twiml")),
                blankToNull(form.getFirst("StatusCallback")), upper(form.getFirst("StatusCallbackMethod")),
                events.isEmpty() ? Set.of("completed") : Set.copyOf(events),
                blankToNull(form.getFirst("MachineDetection")), timeout(form.getFirst("Timeout")));
    }

    /** Twilio's validation, in Twilio's order; empty when the request is acceptable. */
    Optional<ResponseEntity<Object>> problem(OutcomeRules rules) {
        if (to == null) {
            return Optional.of(TwilioErrors.error(400, 21201, "No 'To' number is specified"));
        }
        if (from == null) {
            return Optional.of(TwilioErrors.error(400, 21213, "No 'From' number is specified"));
        }
        if (url == null && twiml == null) {
            return Optional.of(TwilioErrors.error(400, 21205, "Url parameter is required."));
        }
        if (url != null && !(url.startsWith("http://") || url.startsWith("https://"))) {
            return Optional.of(TwilioErrors.error(400, 21205, "Url is not a valid URL: " + url));
        }
        if (machineDetection != null && !machineDetection.equals("Enable")
                && !machineDetection.equals("DetectMessageEnd")) {
            return Optional.of(TwilioErrors.error(400, 21218,
                    "MachineDetection must be Enable or DetectMessageEnd"));
        }
        if (!rules.isValidNumber(to)) {
            return Optional.of(TwilioErrors.invalidTo(to));
        }
        return Optional.empty();
    }

    private static int timeout(String value) {
        try {
            // Twilio's default ring timeout is 60 s; it accepts 5 to 600.
            return value == null ? 60 : Math.max(5, Math.min(600, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            return 60;
        }
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? "POST" : value.trim().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
