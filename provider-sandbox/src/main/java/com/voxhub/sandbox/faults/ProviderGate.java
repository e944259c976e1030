package com.voxhub.sandbox.faults;

import com.voxhub.sandbox.Channel;
import com.voxhub.sandbox.config.FaultProperties;
import com.voxhub.sandbox.recording.RecordedRequest;
import com.voxhub.sandbox.recording.RequestRecorder;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts every provider endpoint behind the fault injector: applies latency, answers an injected fault
 * in the vendor's own error shape (and records it), or lets the real handler run.
 */
@Component
public class ProviderGate {

    private final FaultInjector injector;
    private final RequestRecorder recorder;
    private final FaultProperties properties;

    public ProviderGate(FaultInjector injector, RequestRecorder recorder, FaultProperties properties) {
        this.injector = injector;
        this.recorder = recorder;
        this.properties = properties;
    }

    /**
     * @param faultAnswer builds the vendor's answer to an injected fault
     * @param handler     the endpoint itself; it records its own answer
     */
    public Mono<ResponseEntity<Object>> guard(Channel channel, RecordedRequest.Draft draft,
                                              Function<FaultDecision, ResponseEntity<Object>> faultAnswer,
                                              Supplier<Mono<ResponseEntity<Object>>> handler) {
        return injector.gate(channel).flatMap(decision -> {
            if (!decision.isFault()) {
                return handler.get();
            }
            // Recorded on arrival: a client that gives up on a held request must still see it listed.
            recorder.record(draft, decision.httpStatus(), null);
            ResponseEntity<Object> answer = faultAnswer.apply(decision);
            return decision.kind() == FaultKind.TIMEOUT
                    ? Mono.just(answer).delayElement(properties.timeoutHold())
                    : Mono.just(answer);
        });
    }
}
