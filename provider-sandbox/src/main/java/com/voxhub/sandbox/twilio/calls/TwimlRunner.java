package com.voxhub.sandbox.twilio.calls;

import com.voxhub.sandbox.Channel;
import com.voxhub.sandbox.callbacks.CallbackSender;
import com.voxhub.sandbox.recording.CallInstructions;
import com.voxhub.sandbox.recording.CallInstructions.TwimlDocument;
import com.voxhub.sandbox.recording.CallInstructions.TwimlVerb;
import com.voxhub.sandbox.recording.RequestRecorder;
import com.voxhub.sandbox.twilio.TwilioCallbacks;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What happens once a call is answered: fetch its TwiML (or take the inline Twiml), record the verbs,
 * and when a human answered a Gather with an action, press "1" and post the Digits there.
 */
@Component
class TwimlRunner {

    private final TwilioCallbacks twilio;
    private final CallbackSender sender;
    private final RequestRecorder recorder;

    TwimlRunner(TwilioCallbacks twilio, CallbackSender sender, RequestRecorder recorder) {
        this.twilio = twilio;
        this.sender = sender;
        this.recorder = recorder;
    }

    /** Emits true when the call got usable TwiML, false when Twilio would play its application error. */
    Mono<Boolean> run(VoiceCall call, boolean human) {
        Mono<TwimlDocument> answer = call.request.twiml() != null
                ? Mono.just(document("answer", null, null, call.request.twiml()))
                : fetch(call, "twiml-fetch", "answer", call.request.method(), call.request.url(),
                        CallParams.base(call, "in-progress"));
        return answer.flatMap(doc -> {
            keep(call, doc);
            if (doc.error() != null) {
                return Mono.just(false);
            }
            Optional<String> action = human ? gatherAction(doc) : Optional.empty();
            if (action.isEmpty()) {
                return Mono.just(true);
            }
            String method = TwimlParser.firstGather(doc.verbs()).map(g -> g.attributes().get("method"))
                    .orElse("POST");
            Map<String, String> params = CallParams.base(call, "in-progress");
            params.put("Digits", "1");
            params.put("FinishedOnKey", "");
            return fetch(call, "gather-action", "gather-action", method == null ? "POST" : method, action.get(),
                    params).doOnNext(next -> keep(call, next)).thenReturn(true);
        });
    }

    private Mono<TwimlDocument> fetch(VoiceCall call, String kind, String source, String method, String url,
                                      Map<String, String> params) {
        return sender.send(twilio.request(Channel.VOICE, kind, call.sid, source, method, url, params))
                .map(result -> result.isSuccess()
                        ? document(source, url, result.status(), result.body())
                        : new TwimlDocument(source, url, result.status(), result.body(), List.of(),
                                result.status() == null ? "HTTP retrieval failure: " + result.error()
                                        : "HTTP retrieval failure: status " + result.status()));
    }

    private static TwimlDocument document(String source, String url, Integer status, String twiml) {
        try {
            return new TwimlDocument(source, url, status, twiml, TwimlParser.parse(twiml), null);
        } catch (IllegalArgumentException e) {
            return new TwimlDocument(source, url, status, twiml, List.of(), e.getMessage());
        }
    }

    private static Optional<String> gatherAction(TwimlDocument doc) {
        Optional<TwimlVerb> gather = TwimlParser.firstGather(doc.verbs());
        String action = gather.map(g -> g.attributes().get("action")).orElse(null);
        if (action == null || action.isBlank()) {
            return Optional.empty();
        }
        if (action.startsWith("http://") || action.startsWith("https://")) {
            return Optional.of(action);
        }
        // A relative action resolves against the document's URL, as Twilio does.
        return doc.url() == null ? Optional.empty() : Optional.of(URI.create(doc.url()).resolve(action).toString());
    }

    private void keep(VoiceCall call, TwimlDocument doc) {
        String id = call.recordingId();
        if (id != null) {
            recorder.update(id, r -> r.withCallInstructions(instructionsOf(r.callInstructions()).withDocument(doc)));
        }
    }

    private static CallInstructions instructionsOf(CallInstructions current) {
        return current != null ? current : new CallInstructions(null, null, null, null, List.of());
    }
}
