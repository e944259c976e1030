package com.voxhub.campaign.credit.domain;

import java.util.List;
import java.util.OptionalLong;

/** Port: balances and their ledger. Every method runs in the caller's transaction. */
public interface Credits {

    /** Locks the account row until the transaction ends; empty when there is no such account. */
    OptionalLong lockBalance(long accountId);

    /**
     * Adds {@code amountMinor} (negative for a debit) to the balance and writes the ledger entry.
     *
     * @return the entry, or empty when a debit would take the balance below zero (nothing changed)
     */
    java.util.Optional<LedgerEntry> apply(long accountId, long amountMinor, String kind, String reference, String note);

    /** The most recent entries first. */
    List<LedgerEntry> recent(long accountId, int limit);
}
