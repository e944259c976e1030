package com.voxhub.dialer.call.domain;

/** A call request did not end with an accepted call. Messages never contain the dialed number. */
public abstract sealed class VoiceProviderException extends RuntimeException
        permits CallRejectedException, ProviderUnavailableException, CallOutcomeUnknownException {

    protected VoiceProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
