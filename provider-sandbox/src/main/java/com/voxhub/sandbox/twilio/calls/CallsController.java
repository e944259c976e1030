package com.voxhub.sandbox.twilio.calls;

import com.voxhub.sandbox.Channel;
import com.voxhub.sandbox.faults.ProviderGate;
import com.voxhub.sandbox.outcome.OutcomeRules;
import com.voxhub.sandbox.recording.CallInstructions;
import com.voxhub.sandbox.recording.RecordedRequest;
import com.voxhub.sandbox.recording.RequestRecorder;
import com.voxhub.sandbox.twilio.TwilioAuthenticator;
import com.voxhub.sandbox.twilio.TwilioCallbacks;
import com.voxhub.sandbox.twilio.TwilioErrors;
import com.voxhub.sandbox.twilio.TwilioIds;
import com.voxhub.sandbox.twilio.TwilioListPage;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Twilio's Calls API: create (place a call), fetch by sid, and update with Status to end it. */
@RestController
@RequestMapping("/2010-04-01/Accounts/{accountSid}")
class CallsController {

    private final ProviderGate gate;
    private final TwilioAuthenticator auth;
    private final OutcomeRules rules;
    private final CallStore store;
    private final CallLifecycle lifecycle;
    private final RequestRecorder recorder;

    CallsController(ProviderGate gate, TwilioAuthenticator auth, OutcomeRules rules, CallStore store,
                    CallLifecycle lifecycle, RequestRecorder recorder) {
        this.gate = gate;
        this.auth = auth;
        this.rules = rules;
        this.store = store;
        this.lifecycle = lifecycle;
        this.recorder = recorder;
    }

    @PostMapping("/Calls.json")
    Mono<ResponseEntity<Object>> create(@PathVariable String accountSid, ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return exchange.getFormData().flatMap(form -> {
            CallRequest request = CallRequest.from(form);
            RecordedRequest.Draft draft = RecordedRequest.draft(Channel.VOICE, "send", "POST", path)
                    .about(request.to(), null, TwilioCallbacks.referenceOf(request.statusCallback()))
                    .withCallInstructions(new CallInstructions(request.url(), request.method(), request.twiml(),
                            request.machineDetection(), List.of()));
            return gate.guard(Channel.VOICE, draft, TwilioErrors::fault,
                    () -> Mono.just(place(accountSid, authorization, request, draft)));
        });
    }

    private ResponseEntity<Object> place(String accountSid, String authorization, CallRequest request,
                                         RecordedRequest.Draft draft) {
        if (!auth.isAuthorized(accountSid, authorization)) {
            return answered(draft, TwilioErrors.authenticationFailed(), null);
        }
        Optional<ResponseEntity<Object>> problem = request.problem(rules);
        if (problem.isPresent()) {
            return answered(draft, problem.get(), null);
        }
        VoiceCall call = new VoiceCall(TwilioIds.callSid(), accountSid, request);
        store.save(call);
        ResponseEntity<Object> created = ResponseEntity.status(201).contentType(MediaType.APPLICATION_JSON)
                .body(CallJson.of(call));
        call.recordedAs(recorder.record(draft, 201, call.sid));
        lifecycle.start(call);
        return created;
    }

    /** List lookup by To/From and day: how a service finds a send whose answer it never got. */
    @GetMapping("/Calls.json")
    Mono<ResponseEntity<Object>> list(@PathVariable String accountSid, ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        RecordedRequest.Draft draft = RecordedRequest.draft(Channel.VOICE, "lookup", "GET", path);
        return gate.guard(Channel.VOICE, draft, TwilioErrors::fault, () -> Mono.fromSupplier(() -> {
            if (!auth.isAuthorized(accountSid, authorization)) {
                return answered(draft, TwilioErrors.authenticationFailed(), null);
            }
            TwilioListPage filter;
            try {
                filter = TwilioListPage.from(exchange.getRequest().getQueryParams(), "StartTime");
            } catch (RuntimeException e) {
                return answered(draft, TwilioErrors.error(400, 20001, "Invalid list filter"), null);
            }
            var items = store.search(accountSid, filter).stream().map(CallJson::of).toList();
            return answered(draft, ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(filter.envelope("calls", path, items)), null);
        }));
    }

    @GetMapping("/Calls/{sid}.json")
    Mono<ResponseEntity<Object>> fetch(@PathVariable String accountSid, @PathVariable String sid,
                                       ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        RecordedRequest.Draft draft = RecordedRequest.draft(Channel.VOICE, "lookup", "GET", path);
        return gate.guard(Channel.VOICE, draft, TwilioErrors::fault, () -> Mono.fromSupplier(() -> {
            if (!auth.isAuthorized(accountSid, authorization)) {
                return answered(draft, TwilioErrors.authenticationFailed(), null);
            }
            return store.find(accountSid, sid)
                    .map(call -> answered(draft, ok(call), sid))
                    .orElseGet(() -> answered(draft, TwilioErrors.notFound(path), null));
        }));
    }

    @PostMapping("/Calls/{sid}.json")
    Mono<ResponseEntity<Object>> update(@PathVariable String accountSid, @PathVariable String sid,
                                        ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return exchange.getFormData().flatMap(form -> {
            String status = form.getFirst("Status");
            RecordedRequest.Draft draft = RecordedRequest.draft(Channel.VOICE, "update", "POST", path);
            return gate.guard(Channel.VOICE, draft, TwilioErrors::fault, () -> {
                if (!auth.isAuthorized(accountSid, authorization)) {
                    return Mono.just(answered(draft, TwilioErrors.authenticationFailed(), null));
                }
                Optional<VoiceCall> call = store.find(accountSid, sid);
                if (call.isEmpty()) {
                    return Mono.just(answered(draft, TwilioErrors.notFound(path), null));
                }
                if (!"canceled".equals(status) && !"completed".equals(status)) {
                    return Mono.just(answered(draft, TwilioErrors.error(400, 20001,
                            "Status must be canceled or completed (Url/Twiml redirects are not emulated)"), null));
                }
                // The callback goes out on its own; the API answers with the call's new state at once.
                lifecycle.hangUp(call.get(), status).subscribe();
                return Mono.just(answered(draft, ok(call.get()), sid));
            });
        });
    }

    private static ResponseEntity<Object> ok(VoiceCall call) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(CallJson.of(call));
    }

    private ResponseEntity<Object> answered(RecordedRequest.Draft draft, ResponseEntity<Object> answer,
                                            String providerId) {
        recorder.record(draft, answer.getStatusCode().value(), providerId);
        return answer;
    }
}
