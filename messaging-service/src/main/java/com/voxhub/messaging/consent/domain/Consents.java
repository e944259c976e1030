package com.voxhub.messaging.consent.domain;

import java.util.List;
import java.util.Optional;

/** The consent ledger's storage: the latest consent per address and channel, and every change. */
public interface Consents {

    /** The current consent, locked for the rest of the caller's transaction. */
    Optional<Consent> lock(long accountId, ConsentChannel channel, String address);

    Optional<Consent> find(long accountId, ConsentChannel channel, String address);

    /** Stores {@code consent} as the current one and appends it to the history. */
    void save(Consent consent);

    /** The history of an address on a channel, newest first. */
    List<Consent> history(long accountId, ConsentChannel channel, String address, int offset, int limit);

    long countHistory(long accountId, ConsentChannel channel, String address);
}
