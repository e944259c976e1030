package com.voxhub.messaging.consent.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One spelling per address, so that a STOP from "+33 6 12 34 56 78" and a send to "+33612345678" meet in the ledger:
 * phone numbers keep a leading + and digits only, email addresses are trimmed and lower-cased.
 */
public final class Addresses {

    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");

    private Addresses() {
    }

    public static String normalize(ConsentChannel channel, String address) {
        if (address == null) {
            return null;
        }
        String trimmed = address.strip();
        if (channel == ConsentChannel.EMAIL) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        String digits = NOT_DIGIT.matcher(trimmed).replaceAll("");
        if (trimmed.startsWith("+")) {
            return "+" + digits;
        }
        return trimmed.startsWith("00") ? "+" + digits.substring(2) : digits;
    }
}
