package com.voxhub.dialer.call.domain;

import java.util.Locale;

/** Who picked up, from answering machine detection. */
public enum AnsweredBy {
    HUMAN, MACHINE, FAX, UNKNOWN;

    /**
     * Reads the provider's word for it: Twilio reports {@code human}, {@code machine_start},
     * {@code machine_end_beep}, {@code fax}, {@code unknown}...; webhook-ingest normalizes to human|machine|fax|unknown.
     *
     * @return null when nothing was reported
     */
    public static AnsweredBy parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("human")) {
            return HUMAN;
        }
        if (v.startsWith("machine")) {
            return MACHINE;
        }
        if (v.startsWith("fax")) {
            return FAX;
        }
        return UNKNOWN;
    }
}
