package com.voxhub.webhook.callback.web;

import com.voxhub.webhook.callback.domain.AcceptedCallback;
import com.voxhub.webhook.callback.domain.CallbackIngest;
import java.util.concurrent.CompletionException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Bridges the ingest's acknowledgement future into the request's reactive pipeline. */
public class CallbackIngestion {

    private final CallbackIngest ingest;

    public CallbackIngestion(CallbackIngest ingest) {
        this.ingest = ingest;
    }

    /**
     * Completes when Kafka acknowledged every record of the callback. The send is started on a worker thread:
     * KafkaProducer.send blocks (up to max.block.ms) while it has no metadata or no buffer space, which must never
     * happen on an event-loop thread.
     */
    public Mono<Void> publish(AcceptedCallback callback) {
        return Mono.fromFuture(() -> ingest.ingest(callback))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(CompletionException.class, e -> e.getCause() == null ? e : e.getCause());
    }
}
