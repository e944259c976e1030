package com.voxhub.sandbox.twilio.calls;

import com.voxhub.sandbox.config.SandboxProperties;
import com.voxhub.sandbox.config.StepDelays;
import com.voxhub.sandbox.outcome.OutcomeRules;
import com.voxhub.sandbox.outcome.PhoneOutcome;
import java.time.Duration;
import java.util.Set;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Plays a call out on Reactor timers: initiated, ringing, then busy / no-answer / failed, or answered
 * (TwiML fetched) and completed after the talk time. Every step re-checks the state, so a call hung up
 * through the API simply stops.
 */
@Component
class CallLifecycle {

    private final OutcomeRules rules;
    private final StepDelays steps;
    private final SandboxProperties properties;
    private final CallStatusCallbacks callbacks;
    private final TwimlRunner twiml;

    CallLifecycle(OutcomeRules rules, StepDelays steps, SandboxProperties properties, CallStatusCallbacks callbacks,
                  TwimlRunner twiml) {
        this.rules = rules;
        this.steps = steps;
        this.properties = properties;
        this.callbacks = callbacks;
        this.twiml = twiml;
    }

    void start(VoiceCall call) {
        PhoneOutcome outcome = rules.forPhone(call.request.to());
        move(call, steps.next(), Set.of("queued"), "initiated")
                .then(Mono.defer(() -> afterInitiated(call, outcome)))
                .subscribe();
    }

    /** Ends a call through the API: canceled before it is answered, completed after. */
    Mono<Void> hangUp(VoiceCall call, String requested) {
        if (call.advance(VoiceCall.NOT_ANSWERED, "canceled")) {
            return callbacks.notify(call, "canceled");
        }
        if ("completed".equals(requested) && call.advance(Set.of("in-progress"), "completed")) {
            return callbacks.notify(call, "completed");
        }
        return Mono.empty();
    }

    private Mono<Void> afterInitiated(VoiceCall call, PhoneOutcome outcome) {
        Duration timeout = Duration.ofSeconds(call.request.timeoutSeconds());
        return switch (outcome) {
            case BUSY -> move(call, steps.next(), Set.of("initiated"), "busy");
            case UNREACHABLE -> move(call, steps.next(), Set.of("initiated"), "failed");
            case NO_ANSWER -> ring(call).then(move(call, min(properties.noAnswerAfter(), timeout),
                    Set.of("ringing"), "no-answer"));
            case SLOW -> ring(call).then(timeout.compareTo(properties.slowAnswerDelay()) <= 0
                    ? move(call, timeout, Set.of("ringing"), "no-answer")
                    : answer(call, properties.slowAnswerDelay(), true));
            case MACHINE -> ring(call).then(answer(call, steps.next(), false));
            default -> ring(call).then(answer(call, steps.next(), true));
        };
    }

    private Mono<Void> ring(VoiceCall call) {
        return move(call, steps.next(), Set.of("initiated"), "ringing");
    }

    private Mono<Void> answer(VoiceCall call, Duration after, boolean human) {
        String detection = call.request.machineDetection();
        return Mono.delay(after).then(Mono.defer(() -> {
            if (!call.advance(Set.of("ringing"), "in-progress")) {
                return Mono.<Void>empty();
            }
            if (detection != null) {
                call.answeredBy(human ? "human" : "machine_start");
            }
            // DetectMessageEnd waits for the greeting's beep before Twilio asks for the TwiML.
            Mono<Void> greeting = !human && "DetectMessageEnd".equals(detection)
                    ? Mono.delay(steps.next()).doOnNext(t -> call.answeredBy("machine_end_beep")).then()
                    : Mono.empty();
            return callbacks.notify(call, "in-progress")
                    .then(greeting)
                    .then(Mono.defer(() -> twiml.run(call, human)))
                    // An application error ends the call at once; otherwise the person (or machine) listens.
                    .flatMap(usable -> move(call, usable ? properties.talkTime() : steps.next(),
                            Set.of("in-progress"), "completed"));
        }));
    }

    private Mono<Void> move(VoiceCall call, Duration after, Set<String> from, String to) {
        return Mono.delay(after).then(Mono.defer(() ->
                call.advance(from, to) ? callbacks.notify(call, to) : Mono.<Void>empty()));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
