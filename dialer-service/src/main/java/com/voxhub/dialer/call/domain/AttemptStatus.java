package com.voxhub.dialer.call.domain;

/**
 * Status of one call attempt in the send ledger, ordered by how far the call got. Callbacks arrive out of
 * order (and twice); a call only ever moves to a higher rank, and a terminal status is never left.
 */
public enum AttemptStatus {
    /** Intent recorded, provider answer unknown: after a crash this is reconciled, never blindly redialed. */
    REQUESTING(0, false),
    /** The provider accepted the call request (Twilio "queued"). */
    PLACED(1, false),
    INITIATED(2, false),
    RINGING(3, false),
    ANSWERED(4, false),
    COMPLETED(5, true),
    BUSY(5, true),
    NO_ANSWER(5, true),
    FAILED(5, true),
    CANCELED(5, true);

    private final int rank;
    private final boolean terminal;

    AttemptStatus(int rank, boolean terminal) {
        this.rank = rank;
        this.terminal = terminal;
    }

    public boolean isTerminal() {
        return terminal;
    }

    /** True when a report of {@code next} moves the call forward; false for stale, repeated or post-terminal ones. */
    public boolean canAdvanceTo(AttemptStatus next) {
        return !terminal && next.rank > rank;
    }
}
