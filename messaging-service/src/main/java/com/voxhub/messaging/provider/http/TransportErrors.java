package com.voxhub.messaging.provider.http;

import com.voxhub.messaging.provider.resilience.AmbiguousProviderException;
import com.voxhub.messaging.provider.resilience.TransientProviderException;
import io.netty.handler.timeout.TimeoutException;

import java.net.ConnectException;
import java.net.UnknownHostException;

/**
 * Sorts transport failures by what they say about the request: a refused or timed-out connection proves it never
 * left (safe to retry), while a timeout or a closed connection after it was sent leaves its outcome unknown.
 */
public final class TransportErrors {

    private TransportErrors() {
    }

    public static TransientProviderException classify(String provider, Throwable error) {
        if (error instanceof TransientProviderException known) {
            return known;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return new TransientProviderException(provider + "_unreachable", null);
            }
            if (cause instanceof TimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
                return new AmbiguousProviderException(provider + "_timeout");
            }
        }
        return new AmbiguousProviderException(provider + "_connection_error");
    }
}
