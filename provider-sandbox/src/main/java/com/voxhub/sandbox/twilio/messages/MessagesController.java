package com.voxhub.sandbox.twilio.messages;

import com.voxhub.sandbox.Channel;
import com.voxhub.sandbox.faults.ProviderGate;
import com.voxhub.sandbox.outcome.OutcomeRules;
import com.voxhub.sandbox.recording.RecordedRequest;
import com.voxhub.sandbox.recording.RequestRecorder;
import com.voxhub.sandbox.twilio.TwilioAuthenticator;
import com.voxhub.sandbox.twilio.TwilioCallbacks;
import com.voxhub.sandbox.twilio.TwilioErrors;
import com.voxhub.sandbox.twilio.TwilioIds;
import com.voxhub.sandbox.twilio.TwilioListPage;
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

/** Twilio's Messages API: create (send an SMS) and fetch by sid. */
@RestController
@RequestMapping("/2010-04-01/Accounts/{accountSid}")
class MessagesController {

    private final ProviderGate gate;
    private final TwilioAuthenticator auth;
    private final OutcomeRules rules;
    private final MessageStore store;
    private final MessageLifecycle lifecycle;
    private final RequestRecorder recorder;

    MessagesController(ProviderGate gate, TwilioAuthenticator auth, OutcomeRules rules, MessageStore store,
                       MessageLifecycle lifecycle, RequestRecorder recorder) {
        this.gate = gate;
        this.auth = auth;
        this.rules = rules;
        this.store = store;
        this.lifecycle = lifecycle;
        this.recorder = recorder;
    }

    @PostMapping("/Messages.json")
    Mono<ResponseEntity<Object>> create(@PathVariable String accountSid, ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return exchange.getFormData().flatMap(form -> {
            MessageRequest request = MessageRequest.from(form);
            RecordedRequest.Draft draft = RecordedRequest.draft(Channel.SMS, "send", "POST", path)
                    .about(request.to(), request.body(), TwilioCallbacks.referenceOf(request.statusCallback()));
            return gate.guard(Channel.SMS, draft, TwilioErrors::fault,
                    () -> Mono.just(accept(accountSid, authorization, request, draft)));
        });
    }

    private ResponseEntity<Object> accept(String accountSid, String authorization, MessageRequest request,
                                          RecordedRequest.Draft draft) {
        if (!auth.isAuthorized(accountSid, authorization)) {
            return answered(draft, TwilioErrors.authenticationFailed(), null);
        }
        Optional<ResponseEntity<Object>> problem = request.problem(rules);
        if (problem.isPresent()) {
            return answered(draft, problem.get(), null);
        }
        // Through a Messaging Service without From, Twilio first answers "accepted" and picks a sender later.
        String initialStatus = request.from() == null ? "accepted" : "queued";
        SmsMessage message = new SmsMessage(TwilioIds.messageSid(), accountSid, request, request.from(),
                initialStatus);
        store.save(message);
        lifecycle.start(message);
        return answered(draft, ResponseEntity.status(201).contentType(MediaType.APPLICATION_JSON)
                .body(MessageJson.of(message)), message.sid);
    }

    /** List lookup by To/From and day: how a service finds a send whose answer it never got. */
    @GetMapping("/Messages.json")
    Mono<ResponseEntity<Object>> list(@PathVariable String accountSid, ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        RecordedRequest.Draft draft = RecordedRequest.draft(Channel.SMS, "lookup", "GET", path);
        return gate.guard(Channel.SMS, draft, TwilioErrors::fault, () -> Mono.fromSupplier(() -> {
            if (!auth.isAuthorized(accountSid, authorization)) {
                return answered(draft, TwilioErrors.authenticationFailed(), null);
            }
            TwilioListPage filter;
            try {
                filter = TwilioListPage.from(exchange.getRequest().getQueryParams(), "DateSent");
            } catch (RuntimeException e) {
                return answered(draft, TwilioErrors.error(400, 20001, "Invalid list filter"), null);
            }
            var items = store.search(accountSid, filter).stream().map(MessageJson::of).toList();
            return answered(draft, ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(filter.envelope("messages", path, items)), null);
        }));
    }

    @GetMapping("/Messages/{sid}.json")
    Mono<ResponseEntity<Object>> fetch(@PathVariable String accountSid, @PathVariable String sid,
                                       ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        RecordedRequest.Draft draft = RecordedRequest.draft(Channel.SMS, "lookup", "GET", path);
        return gate.guard(Channel.SMS, draft, TwilioErrors::fault, () -> Mono.fromSupplier(() -> {
            if (!auth.isAuthorized(accountSid, authorization)) {
                return answered(draft, TwilioErrors.authenticationFailed(), null);
            }
            return store.find(sid)
                    .filter(m -> m.accountSid.equals(accountSid))
                    .map(m -> answered(draft, ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                            .body((Object) MessageJson.of(m)), sid))
                    .orElseGet(() -> answered(draft, TwilioErrors.notFound(path), null));
        }));
    }

    private ResponseEntity<Object> answered(RecordedRequest.Draft draft, ResponseEntity<Object> answer,
                                            String providerId) {
        recorder.record(draft, answer.getStatusCode().value(), providerId);
        return answer;
    }
}
