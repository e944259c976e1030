package com.voxhub.webhook.callback.web;

import com.voxhub.platform.auth.AccountPrincipal;
import com.voxhub.platform.auth.ApiKeyDirectory;
import com.voxhub.platform.web.Blocking;
import com.voxhub.webhook.callback.domain.AcceptedCallback;
import com.voxhub.webhook.callback.domain.CallbackRefused;
import com.voxhub.webhook.callback.domain.InboundReply;
import com.voxhub.webhook.callback.domain.RefusalReason;
import com.voxhub.webhook.config.WebhookProperties;
import com.voxhub.webhook.provider.mailgateway.MailGatewayEventParser;
import com.voxhub.webhook.provider.mailgateway.MailGatewayReplyParser;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Seed 001's webhooks for an external mail gateway. The seed's {@code Authorization} header carries an account's
 * API key (as on every seed-001 endpoint), looked up in the keys materialized from accounts.api-keys; a reply is
 * attributed to that account. The answer is sent only once Kafka acknowledged the records, like every callback.
 */
@RestController
@RequestMapping("/communications/email/v1")
public class MailGatewayController {

    private static final String PROVIDER = MailGatewayReplyParser.PROVIDER;

    private final CallbackRequests requests;
    private final CallbackIngestion ingestion;
    private final ApiKeyDirectory directory;
    private final MailGatewayReplyParser replies;
    private final MailGatewayEventParser events;
    private final WebhookProperties properties;

    public MailGatewayController(CallbackRequests requests, CallbackIngestion ingestion, ApiKeyDirectory directory,
                                 MailGatewayReplyParser replies, MailGatewayEventParser events,
                                 WebhookProperties properties) {
        this.requests = requests;
        this.ingestion = ingestion;
        this.directory = directory;
        this.replies = replies;
        this.events = events;
        this.properties = properties;
    }

    /** Answers {@code {"status": 200, "data": {"MessageSid": <the reply's id, stable across retries>}}}. */
    @PostMapping("/reply")
    public Mono<Map<String, Object>> reply(ServerHttpRequest request) {
        return caller(request)
                .flatMap(account -> requests.read(request, PROVIDER, MediaType.MULTIPART_FORM_DATA,
                                properties.limits().inboundEmail())
                        .publishOn(Schedulers.boundedElastic())
                        .map(raw -> AcceptedCallback.ofReply(raw, replies.parse(raw.body(),
                                request.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE), account.accountId()))))
                .flatMap(callback -> {
                    InboundReply reply = callback.replies().get(0);
                    return ingestion.publish(callback).thenReturn(Map.<String, Object>of(
                            "status", 200, "data", Map.of("MessageSid", reply.eventId().toString())));
                });
    }

    /** Answers {@code {"status": 200}}. */
    @PostMapping("/events")
    public Mono<Map<String, Object>> events(ServerHttpRequest request) {
        return caller(request)
                .flatMap(account -> requests.read(request, PROVIDER, MediaType.APPLICATION_JSON,
                        properties.limits().gatewayEvents()))
                .publishOn(Schedulers.boundedElastic())
                .map(raw -> AcceptedCallback.ofEvents(raw, events.parse(raw.body())))
                .flatMap(ingestion::publish)
                .thenReturn(Map.of("status", 200));
    }

    private Mono<AccountPrincipal> caller(ServerHttpRequest request) {
        String key = apiKey(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        if (key == null) {
            return Mono.error(new CallbackRefused(PROVIDER, RefusalReason.UNAUTHORIZED,
                    "Missing Authorization header"));
        }
        return Blocking.call(() -> directory.authenticate(key))
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() -> new CallbackRefused(PROVIDER, RefusalReason.UNAUTHORIZED,
                        "Invalid API key")));
    }

    /** The seed shows a bare {@code Authorization: <key>}; {@code Bearer <key>} is accepted too. */
    static String apiKey(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.strip();
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            value = value.substring(7).strip();
        }
        return value.isEmpty() ? null : value;
    }
}
