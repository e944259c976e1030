package com.voxhub.sandbox.twilio;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Twilio writes times as RFC 2822 in GMT, e.g. {@code Tue, 14 Jan 2025 10:00:00 +0000}. */
public final class TwilioTime {

    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);

    private TwilioTime() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : RFC_2822.format(instant);
    }
}
