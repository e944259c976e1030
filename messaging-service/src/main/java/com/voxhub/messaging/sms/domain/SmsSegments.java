package com.voxhub.messaging.sms.domain;

/**
 * Counts SMS segments the way carriers bill them (3GPP TS 23.038 / 23.040).
 * <p>
 * A body made only of GSM 03.38 basic-table characters (1 septet) and extension-table characters (escape + 1,
 * so 2 septets) is sent as GSM-7: 160 septets in one segment, 153 per segment when split. Any other character
 * switches the whole body to UCS-2: 70 code units in one segment, 67 when split. Split segments never cut an
 * escape sequence or a surrogate pair in two, which is why counting walks the text instead of dividing.
 */
public final class SmsSegments {

    private static final String GSM7_BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM7_EXTENSION = "\f^{}\\[~]|€";

    private SmsSegments() {
    }

    public static SmsParts count(String body) {
        if (isGsm7(body)) {
            return split(body, SmsEncoding.GSM7);
        }
        return split(body, SmsEncoding.UCS2);
    }

    public static boolean isGsm7(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (GSM7_BASIC.indexOf(c) < 0 && GSM7_EXTENSION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static SmsParts split(String body, SmsEncoding encoding) {
        int total = 0;
        for (int i = 0; i < body.length(); i++) {
            total += width(body, i, encoding);
        }
        if (total <= encoding.singleSegmentCapacity()) {
            return new SmsParts(encoding, total, 1);
        }
        int capacity = encoding.multipartSegmentCapacity();
        int segments = 1;
        int used = 0;
        for (int i = 0; i < body.length(); i++) {
            int width = unitWidth(body, i, encoding);
            if (width == 0) {
                continue;
            }
            if (used + width > capacity) {
                segments++;
                used = 0;
            }
            used += width;
        }
        return new SmsParts(encoding, total, segments);
    }

    /** Units the char at {@code i} adds to the total length. */
    private static int width(String body, int i, SmsEncoding encoding) {
        if (encoding == SmsEncoding.UCS2) {
            return 1;
        }
        return GSM7_EXTENSION.indexOf(body.charAt(i)) >= 0 ? 2 : 1;
    }

    /**
     * Units of the indivisible unit starting at {@code i}: a surrogate pair counts 2 on its high half and 0 on its
     * low half, so that a pair is placed in one segment.
     */
    private static int unitWidth(String body, int i, SmsEncoding encoding) {
        if (encoding == SmsEncoding.UCS2) {
            char c = body.charAt(i);
            if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(body.charAt(i - 1))) {
                return 0;
            }
            if (Character.isHighSurrogate(c) && i + 1 < body.length() && Character.isLowSurrogate(body.charAt(i + 1))) {
                return 2;
            }
            return 1;
        }
        return width(body, i, encoding);
    }
}
