package com.voxhub.campaign.sourcing.domain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size of an invite SMS, to charge it before it is sent. Messaging renders the real text later (Mustache,
 * strict); here the template's variables are filled with what we know (the link, the names) and the rest left
 * empty, and the segments counted like carriers do (GSM-7: 160, or 153 per part; otherwise UCS-2: 70, or 67).
 */
final class InviteSms {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\{?\\s*([\\w.]+)\\s*}?}}");
    private static final String GSM7 = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM7_EXTENSION = "\f^{}\\[~]|€";

    private InviteSms() {
    }

    static String estimate(String template, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1).startsWith("data.") ? m.group(1).substring(5) : m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(key, "")));
        }
        m.appendTail(out);
        return out.toString().strip();
    }

    static int segments(String body) {
        boolean gsm = true;
        int septets = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (GSM7.indexOf(c) >= 0) {
                septets++;
            } else if (GSM7_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                gsm = false;
            }
        }
        if (gsm) {
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }
        int units = body.length();
        return units <= 70 ? 1 : (units + 66) / 67;
    }
}
