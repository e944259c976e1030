package com.voxhub.dialer.consent.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Optional;

/** Numbers as the dialer stores and compares them: E.164. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** The number in E.164, or empty when it is not a possible phone number. */
    public static Optional<String> e164(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 32) {
            return Optional.empty();
        }
        try {
            var parsed = UTIL.parse(raw.trim(), "ZZ");
            return UTIL.isPossibleNumber(parsed)
                    ? Optional.of(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** E.164 when it parses, else the number as given (consent keys and job numbers compare on this). */
    public static String canonical(String raw) {
        return e164(raw).orElse(raw == null ? null : raw.trim());
    }
}
