package com.voxhub.messaging.consent.domain;

import java.util.Locale;
import java.util.Set;

/**
 * The carrier-standard SMS keywords (CTIA, and the ones Twilio's Advanced Opt-Out recognises). A keyword counts only
 * when it is the whole message, case and surrounding spaces or punctuation aside, so "please stop by at 5" is a
 * reply, not an opt-out.
 */
public enum SmsKeyword {
    OPT_OUT, OPT_IN, HELP, NONE;

    private static final Set<String> OPT_OUT_WORDS =
            Set.of("STOP", "STOPALL", "END", "CANCEL", "UNSUBSCRIBE", "QUIT", "REVOKE", "OPT OUT", "OPTOUT");
    private static final Set<String> OPT_IN_WORDS = Set.of("START", "UNSTOP");
    private static final Set<String> HELP_WORDS = Set.of("HELP", "INFO");

    public static SmsKeyword of(String body) {
        if (body == null) {
            return NONE;
        }
        String word = body.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "")
                .replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (OPT_OUT_WORDS.contains(word)) {
            return OPT_OUT;
        }
        if (OPT_IN_WORDS.contains(word)) {
            return OPT_IN;
        }
        return HELP_WORDS.contains(word) ? HELP : NONE;
    }

    /** The keyword as the contact sent it, normalized, for the consent reason. */
    public static String word(String body) {
        return body == null ? "" : body.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
