package com.voxhub.dialer.twiml.web;

import com.voxhub.dialer.provider.twilio.TwilioRequestVerifier;
import com.voxhub.dialer.provider.twilio.TwilioSignature;
import com.voxhub.dialer.twiml.application.CallScriptService;
import com.voxhub.platform.web.Blocking;
import java.util.Map;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What the voice provider fetches when a call connects ({@code Url} of the call request) and where it posts the
 * key the callee pressed (the Gather action). Both are signed by the provider; anything else gets 403.
 */
@RestController
@RequestMapping("/dialer/twiml")
class TwimlController {

    private static final Logger log = LoggerFactory.getLogger(TwimlController.class);

    private final CallScriptService scripts;
    private final TwilioRequestVerifier verifier;

    TwimlController(CallScriptService scripts, TwilioRequestVerifier verifier) {
        this.scripts = scripts;
        this.verifier = verifier;
    }

    @RequestMapping(path = "/{attemptId}", method = {RequestMethod.GET, RequestMethod.POST})
    Mono<ResponseEntity<String>> script(@PathVariable String attemptId, ServerWebExchange exchange) {
        return signed(exchange, params -> Blocking.call(() -> scripts.twiml(attemptId, params.getFirst("AnsweredBy"))));
    }

    @RequestMapping(path = "/{attemptId}/keys", method = {RequestMethod.GET, RequestMethod.POST})
    Mono<ResponseEntity<String>> keys(@PathVariable String attemptId, ServerWebExchange exchange) {
        return signed(exchange, params -> Blocking.call(() -> scripts.keysPressed(attemptId, params.getFirst("Digits"))));
    }

    private Mono<ResponseEntity<String>> signed(ServerWebExchange exchange,
                                                Function<MultiValueMap<String, String>, Mono<String>> answer) {
        ServerHttpRequest request = exchange.getRequest();
        return exchange.getFormData().flatMap(form -> {
            String signature = request.getHeaders().getFirst(TwilioSignature.HEADER);
            Map<String, List<String>> signedParams = form;
            if (!verifier.verify(request.getURI().getRawPath(), request.getURI().getRawQuery(), signedParams,
                    signature)) {
                log.warn("TwiML request with a missing or wrong signature refused");
                return Mono.just(ResponseEntity.status(HttpStatus.FORBIDDEN).<String>build());
            }
            // GET requests carry the provider's parameters in the query string instead of a form.
            MultiValueMap<String, String> params = form.isEmpty() ? request.getQueryParams() : form;
            return answer.apply(params).map(xml -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                    .body(xml));
        });
    }
}
