package com.voxhub.campaign.credit.domain;

import java.time.Instant;

/** One change of an account's balance: positive for a top-up, negative for a debit. */
public record LedgerEntry(long id, long accountId, long amountMinor, long balanceAfterMinor, String kind,
                          String reference, String note, Instant createdAt) {

    public static final String TOP_UP = "top_up";
    public static final String SMS_INVITE = "sms_invite";
    public static final String VMS_SEND = "vms_send";
    public static final String CALL_ESTIMATE = "call_estimate";
}
