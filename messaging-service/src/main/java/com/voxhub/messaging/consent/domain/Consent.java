package com.voxhub.messaging.consent.domain;

import java.time.Instant;

/**
 * The consent of one address on one channel of one account, and what set it. {@code source} is one of
 * API, SMS_KEYWORD, EMAIL_UNSUBSCRIBE, SPAM_COMPLAINT, HARD_BOUNCE (the ConsentChanged contract's list).
 */
public record Consent(long accountId, ConsentChannel channel, String address, ConsentStatus status, String source,
                      String reason, String userId, Instant at) {

    public static final String API = "API";
    public static final String SMS_KEYWORD = "SMS_KEYWORD";
    public static final String EMAIL_UNSUBSCRIBE = "EMAIL_UNSUBSCRIBE";
    public static final String SPAM_COMPLAINT = "SPAM_COMPLAINT";
    public static final String HARD_BOUNCE = "HARD_BOUNCE";

    public boolean optedOut() {
        return status == ConsentStatus.OPTED_OUT;
    }
}
