package com.voxhub.messaging.provider.resilience;

/**
 * The request may have reached the provider but its answer did not reach us (response timeout, connection lost
 * after sending). Retrying blindly could send the message twice, so the adapter looks it up before any retry.
 */
public class AmbiguousProviderException extends TransientProviderException {

    public AmbiguousProviderException(String reason) {
        super(reason, null);
    }
}
