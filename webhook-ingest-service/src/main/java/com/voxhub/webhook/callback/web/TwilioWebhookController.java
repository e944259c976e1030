package com.voxhub.webhook.callback.web;

import com.voxhub.webhook.callback.domain.AcceptedCallback;
import com.voxhub.webhook.callback.domain.CallbackRefused;
import com.voxhub.webhook.callback.domain.RawCallback;
import com.voxhub.webhook.callback.domain.RefusalReason;
import com.voxhub.webhook.config.WebhookProperties;
import com.voxhub.webhook.provider.twilio.TwilioCallbackParser;
import com.voxhub.webhook.provider.twilio.TwilioForm;
import com.voxhub.webhook.provider.twilio.TwilioSignatureVerifier;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Twilio-style callbacks (form-encoded, X-Twilio-Signature). Our reference travels as the {@code ref} query
 * parameter of the callback URL, which the signature covers.
 */
@RestController
@RequestMapping("/webhooks/twilio")
public class TwilioWebhookController {

    static final String SIGNATURE_HEADER = "X-Twilio-Signature";
    /** Twilio expects TwiML from an inbound-message webhook; an empty Response sends no reply. */
    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private interface Normalizer {
        AcceptedCallback normalize(RawCallback raw, TwilioForm form, TwilioForm query);
    }

    private final CallbackRequests requests;
    private final CallbackIngestion ingestion;
    private final TwilioSignatureVerifier verifier;
    private final TwilioCallbackParser parser;
    private final WebhookProperties properties;

    public TwilioWebhookController(CallbackRequests requests, CallbackIngestion ingestion,
                                   TwilioSignatureVerifier verifier, TwilioCallbackParser parser,
                                   WebhookProperties properties) {
        this.requests = requests;
        this.ingestion = ingestion;
        this.verifier = verifier;
        this.parser = parser;
        this.properties = properties;
    }

    @PostMapping("/messages")
    public Mono<ResponseEntity<Void>> messageStatus(ServerHttpRequest request) {
        return accept(request, (raw, form, query) ->
                AcceptedCallback.ofEvents(raw, List.of(parser.messageStatus(form, query.get("ref")))))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @PostMapping("/calls")
    public Mono<ResponseEntity<Void>> callStatus(ServerHttpRequest request) {
        return accept(request, (raw, form, query) ->
                AcceptedCallback.ofEvents(raw, List.of(parser.callStatus(form, query.get("ref")))))
                .thenReturn(ResponseEntity.noContent().build());
    }

    /** The number's SMS webhook URL may carry {@code account=<id>} so the reply is attributed at once. */
    @PostMapping("/inbound-sms")
    public Mono<ResponseEntity<String>> inboundSms(ServerHttpRequest request) {
        return accept(request, (raw, form, query) ->
                AcceptedCallback.ofReply(raw, parser.inboundSms(form, accountId(query))))
                .thenReturn(ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(EMPTY_TWIML));
    }

    private Mono<Void> accept(ServerHttpRequest request, Normalizer normalizer) {
        return requests.read(request, TwilioCallbackParser.PROVIDER, MediaType.APPLICATION_FORM_URLENCODED,
                        properties.limits().twilioForm())
                // Hashing and parsing happen off the event loop.
                .publishOn(Schedulers.boundedElastic())
                .map(raw -> {
                    TwilioForm form = TwilioForm.parse(raw.body());
                    verifier.verify(signedUrl(request), form, request.getHeaders().getFirst(SIGNATURE_HEADER));
                    TwilioForm query = TwilioForm.parse(request.getURI().getRawQuery());
                    return normalizer.normalize(raw, form, query);
                })
                .flatMap(ingestion::publish);
    }

    /** The URL Twilio signed: our public base URL, the path and the query exactly as called. */
    private String signedUrl(ServerHttpRequest request) {
        return properties.publicBase() + CallbackRequests.pathAndQuery(request);
    }

    private static Long accountId(TwilioForm query) {
        String account = query.get("account");
        if (account == null) {
            return null;
        }
        try {
            return Long.valueOf(account);
        } catch (NumberFormatException e) {
            throw new CallbackRefused(TwilioCallbackParser.PROVIDER, RefusalReason.MALFORMED_BODY,
                    "account must be a number");
        }
    }
}
