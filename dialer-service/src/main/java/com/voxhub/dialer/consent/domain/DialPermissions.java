package com.voxhub.dialer.consent.domain;

import java.time.Instant;
import java.util.List;

/**
 * Port: what may be called, checked at dial time. A number is off limits for an account when the contact opted out
 * of calls (consent ledger, from messaging.consent) or when the account put it on its own do-not-call list.
 */
public interface DialPermissions {

    /** True when the account must not call this number. */
    boolean isBlocked(long accountId, String number);

    /** Stores the latest consent of an address on a channel, unless a newer one is already held. */
    void recordConsent(long accountId, String channel, String address, boolean optedOut, String source,
                       Instant occurredAt);

    /** Adds a number to the account's do-not-call list; false if it was already there. */
    boolean addDoNotCall(long accountId, String number, Instant at);

    /** Removes a number from the account's list; false if it was not there. */
    boolean removeDoNotCall(long accountId, String number);

    boolean isOnDoNotCallList(long accountId, String number);

    List<DoNotCallEntry> doNotCallList(long accountId, int limit, int offset);

    record DoNotCallEntry(String number, Instant addedAt) {
    }
}
