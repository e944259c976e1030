package com.voxhub.campaign.vms.domain;

/** What seed 003 answers, money still in minor units (the web layer shows it in the account currency). */
public record VmsReceipt(String ticketNumber, int numberOfContacts, long totalCostMinor, int estimatedDuration,
                         long residualCreditMinor) {
}
