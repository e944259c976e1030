package com.voxhub.sandbox.outcome;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The sandbox's whole outcome table in one place: a number's last four digits or an email's local part
 * pick what the emulated provider does, so tests and the local stack can script every path.
 */
@Component
public class OutcomeRules {

    /** E.164: a plus, a non-zero country digit, at most 15 digits in all. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

    private static final Map<String, PhoneOutcome> BY_LAST_FOUR = Map.of(
            "0001", PhoneOutcome.BUSY,
            "0002", PhoneOutcome.NO_ANSWER,
            "0003", PhoneOutcome.MACHINE,
            "0004", PhoneOutcome.INVALID_NUMBER,
            "0005", PhoneOutcome.SLOW,
            "0006", PhoneOutcome.UNREACHABLE);

    public boolean isValidNumber(String number) {
        return forPhone(number) != PhoneOutcome.INVALID_NUMBER;
    }

    public PhoneOutcome forPhone(String number) {
        if (number == null || !E164.matcher(number.trim()).matches()) {
            return PhoneOutcome.INVALID_NUMBER;
        }
        String digits = number.trim();
        return BY_LAST_FOUR.getOrDefault(digits.substring(digits.length() - 4), PhoneOutcome.NORMAL);
    }

    public EmailOutcome forEmail(String address) {
        String local = address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
        int at = local.indexOf('@');
        if (at >= 0) {
            local = local.substring(0, at);
        }
        if (local.startsWith("bounce")) {
            return EmailOutcome.BOUNCE;
        }
        if (local.startsWith("click")) {
            return EmailOutcome.CLICK;
        }
        if (local.startsWith("open")) {
            return EmailOutcome.OPEN;
        }
        return EmailOutcome.DELIVERED;
    }
}
