package com.voxhub.dialer.call.domain;

import java.util.regex.Pattern;

/** Chooses the number a call is placed from. */
public final class CallerId {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

    private CallerId() {
    }

    /**
     * The campaign's sender when it is a phone number; an alphanumeric sender (seed 003 allows them for SMS-like
     * senders) cannot place a call, so the platform's default caller id is used instead.
     */
    public static String choose(String campaignSender, String defaultCallerId) {
        if (campaignSender != null && E164.matcher(campaignSender.trim()).matches()) {
            return campaignSender.trim();
        }
        return defaultCallerId;
    }
}
