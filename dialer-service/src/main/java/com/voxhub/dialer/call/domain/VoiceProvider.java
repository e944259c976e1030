package com.voxhub.dialer.call.domain;

import java.util.Optional;

/**
 * Port: a voice provider account that places calls. Callbacks come back through {@code provider.events}
 * carrying our reference (the attempt id).
 */
public interface VoiceProvider {

    /** Short provider name recorded on attempts and events (e.g. {@code twilio}). */
    String name();

    /**
     * Asks the provider to place one call.
     *
     * @throws CallRejectedException        the provider refused this request for good
     * @throws ProviderUnavailableException the provider did not take the request (it has no call)
     * @throws CallOutcomeUnknownException  the request may or may not have created a call (e.g. response timeout)
     */
    PlacedCall place(CallRequest request);

    /**
     * Finds the call an attempt may have created: by provider call id when known, else by destination and time.
     *
     * @return empty when the provider has no such call
     * @throws ProviderUnavailableException when the provider cannot answer now
     */
    Optional<ProviderCall> lookup(CallLookup lookup);
}
