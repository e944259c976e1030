package com.voxhub.campaign.credit.domain;

import com.voxhub.platform.web.ApiException;

/** The balance cannot cover the work: 402, rendered in the shape of the surface that asked. */
public class InsufficientCreditException extends ApiException {

    public InsufficientCreditException(long neededMinor, long balanceMinor, Pricing pricing) {
        super(402, "insufficient_credit", "Insufficient credit: this costs " + pricing.amount(neededMinor) + " "
                + pricing.currency() + ", the balance is " + pricing.amount(balanceMinor) + " " + pricing.currency() + ".");
    }
}
