package com.voxhub.campaign.vms.domain;

/** Port: the record of accepted sends, by ticket. */
public interface VmsSends {

    void insert(long accountId, long campaignId, String ticketNumber, VmsOrder order, long costMinor, int estimatedDuration);
}
