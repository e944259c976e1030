package com.voxhub.sandbox.twilio;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Twilio sids: a two-letter type prefix and 32 lowercase hex digits. */
public final class TwilioIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TwilioIds() {
    }

    public static String messageSid() {
        return sid("SM");
    }

    public static String callSid() {
        return sid("CA");
    }

    private static String sid(String prefix) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }
}
