package com.voxhub.messaging.consent.domain;

/** Publishes consent changes (messaging.consent) in the caller's transaction. */
public interface ConsentEvents {

    void changed(Consent consent);
}
