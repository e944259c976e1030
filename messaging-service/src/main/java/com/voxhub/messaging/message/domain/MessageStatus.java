package com.voxhub.messaging.message.domain;

/**
 * Where a message stands. Provider callbacks arrive late, twice or out of order, so a status only moves forward:
 * a new status applies when the current one is not final and the new one ranks higher. Final statuses end the
 * message; engagement statuses (opened, clicked, ...) may still follow DELIVERED, which is why DELIVERED is not final.
 */
public enum MessageStatus {
    /** Waiting for its campaign to be known and active, or for its send time. */
    PENDING(0, false),
    /** Intent recorded; the provider request is in flight or its outcome is unknown (reconciled after a crash). */
    SENDING(10, false),
    /** The provider accepted the request. */
    ACCEPTED(20, false),
    QUEUED(30, false),
    SENT(40, false),
    DELIVERED(50, false),
    UNDELIVERED(50, true),
    FAILED(50, true),
    /** An email bounce may be reported after a delivery event, so it outranks DELIVERED. */
    BOUNCED(55, true),
    READ(60, false),
    OPENED(60, false),
    CLICKED(70, false),
    REPLIED(80, false),
    SPAM_COMPLAINT(90, true),
    UNSUBSCRIBED(90, true),
    /** Not sent on purpose (e.g. opted out); final. */
    SKIPPED(100, true),
    /** The job was withdrawn before its message was sent; final, and no event because the campaign knows. */
    CANCELLED(100, true);

    private final int rank;
    private final boolean finalStatus;

    MessageStatus(int rank, boolean finalStatus) {
        this.rank = rank;
        this.finalStatus = finalStatus;
    }

    public int rank() {
        return rank;
    }

    public boolean isFinal() {
        return finalStatus;
    }

    /** Whether a message in this status moves to {@code next}; false for late, repeated or backward reports. */
    public boolean canMoveTo(MessageStatus next) {
        return !finalStatus && next.rank > rank;
    }
}
