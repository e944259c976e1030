package com.voxhub.sandbox.outcome;

/** What happens to an email, decided by the recipient's local part. */
public enum EmailOutcome {
    DELIVERED,
    /** processed then bounce (hard bounce, 5.1.1). */
    BOUNCE,
    /** delivered, then opened (when open tracking is on). */
    OPEN,
    /** delivered, opened, then a link clicked (when tracking is on). */
    CLICK
}
