package com.voxhub.campaign.sourcing.domain;

import java.util.Locale;

/** invited (SMS queued) -> clicked (opened the link) -> registered (confirmed: a call is queued). */
public enum InviteStatus {
    INVITED("Invited"), CLICKED("Invite link clicked"), REGISTERED("Registered");

    private final String contactStatus;

    InviteStatus(String contactStatus) {
        this.contactStatus = contactStatus;
    }

    /** How the invite job's {@code contact_status} (and JobChanged.contactStatus) names this step. */
    public String contactStatus() {
        return contactStatus;
    }

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InviteStatus ofDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
