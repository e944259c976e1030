package com.voxhub.webhook.callback.web;

import com.voxhub.webhook.callback.domain.AcceptedCallback;
import com.voxhub.webhook.config.WebhookProperties;
import com.voxhub.webhook.provider.sendgrid.SendGridEventParser;
import com.voxhub.webhook.provider.sendgrid.SendGridSignatureVerifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** SendGrid's Signed Event Webhook: a JSON array of events, verified over the raw bytes before parsing. */
@RestController
@RequestMapping("/webhooks/sendgrid")
public class SendGridWebhookController {

    private final CallbackRequests requests;
    private final CallbackIngestion ingestion;
    private final SendGridSignatureVerifier verifier;
    private final SendGridEventParser parser;
    private final WebhookProperties properties;

    public SendGridWebhookController(CallbackRequests requests, CallbackIngestion ingestion,
                                     SendGridSignatureVerifier verifier, SendGridEventParser parser,
                                     WebhookProperties properties) {
        this.requests = requests;
        this.ingestion = ingestion;
        this.verifier = verifier;
        this.parser = parser;
        this.properties = properties;
    }

    @PostMapping("/events")
    public Mono<ResponseEntity<Void>> events(ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        return requests.read(request, SendGridEventParser.PROVIDER, MediaType.APPLICATION_JSON,
                        properties.limits().sendgridBatch())
                // ECDSA and a batch of up to megabytes of JSON: off the event loop.
                .publishOn(Schedulers.boundedElastic())
                .map(raw -> {
                    verifier.verify(headers.getFirst(SendGridSignatureVerifier.TIMESTAMP_HEADER),
                            headers.getFirst(SendGridSignatureVerifier.SIGNATURE_HEADER), raw.body());
                    return AcceptedCallback.ofEvents(raw, parser.parse(raw.body()));
                })
                .flatMap(ingestion::publish)
                .thenReturn(ResponseEntity.noContent().build());
    }
}
