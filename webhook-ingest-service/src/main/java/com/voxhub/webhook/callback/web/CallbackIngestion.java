package com.voxhub.webhook.callback.web;

import com.voxhub.webhook.callback.domain.AcceptedCallback;
import com.voxhub.webhook.callback.domain.CallbackIngest;
import java.util.concurrent.CompletionException;
import reactor.core.publisher.Mono;

/** Bridges the ingest's acknowledgement future into the request's reactive pipeline. */
public class CallbackIngestion {

    private final CallbackIngest ingest;

    public CallbackIngestion(CallbackIngest ingest) {
        this.ingest = ingest;
    }

    /** Completes when Kafka acknowledged every record of the callback, fails with a refusal otherwise. */
    public Mono<Void> publish(AcceptedCallback callback) {
        return Mono.fromFuture(() -> ingest.ingest(callback))
                .then()
                .onErrorMap(CompletionException.class, e -> e.getCause() == null ? e : e.getCause());
    }
}
