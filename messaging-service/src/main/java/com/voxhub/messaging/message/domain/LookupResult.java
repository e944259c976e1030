package com.voxhub.messaging.message.domain;

/** What the provider's records say about a message whose send outcome we do not know. */
public sealed interface LookupResult {

    /** The provider has it: it was sent, record its id instead of sending again. */
    record Found(String providerMessageId) implements LookupResult {
    }

    /** The provider has no such message: the request never arrived, so sending again is not a duplicate. */
    record Absent() implements LookupResult {
    }

    /**
     * The provider offers no way to ask (SMTP). Sending again could duplicate the message, so the ledger ends it
     * FAILED with an explicit reason rather than guess.
     */
    record Unsupported(String provider) implements LookupResult {
    }

    /** The provider could not be asked; try again later. */
    record Unavailable(String reason) implements LookupResult {
    }
}
