package com.voxhub.dialer.call.domain;

/**
 * The request was sent but no answer came back (response timeout, connection dropped): the provider may have
 * placed the call. Sending it again could ring the contact twice, so the attempt is reconciled with a lookup.
 */
public final class CallOutcomeUnknownException extends VoiceProviderException {

    public CallOutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
