package com.voxhub.webhook.callback.domain;

import java.util.concurrent.CompletableFuture;

/** Port: hands a callback's records to the durable log; the future completes when every record is acknowledged. */
public interface CallbackPublisher {

    CompletableFuture<Void> publish(AcceptedCallback callback);
}
