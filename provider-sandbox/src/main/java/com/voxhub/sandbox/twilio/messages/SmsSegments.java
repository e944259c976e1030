package com.voxhub.sandbox.twilio.messages;

/**
 * How many SMS segments a body takes: GSM-7 fits 160 characters (153 per part when split),
 * anything outside GSM-7 falls back to UCS-2 with 70 (67 per part).
 */
final class SmsSegments {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** Characters of the GSM-7 extension table: each costs two septets. */
    private static final String GSM_EXTENDED = "^{}\\[~]|€\f";

    private SmsSegments() {
    }

    static int count(String body) {
        if (body == null || body.isEmpty()) {
            return 1;
        }
        int septets = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets += 1;
            } else if (GSM_EXTENDED.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return parts(body.codePoints().map(cp -> Character.charCount(cp)).sum(), 70, 67);
            }
        }
        return parts(septets, 160, 153);
    }

    private static int parts(int units, int single, int perPart) {
        return units <= single ? 1 : (units + perPart - 1) / perPart;
    }
}
