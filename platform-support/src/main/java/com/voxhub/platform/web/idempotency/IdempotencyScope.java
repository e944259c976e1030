package com.voxhub.platform.web.idempotency;

import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Whose keys a request's {@code Idempotency-Key} belongs to: keys are unique per scope (an account), never
 * globally, so two accounts cannot collide or read each other's answers. A service with its own credentials
 * declares a bean; the default reads the usual API-key headers.
 */
@FunctionalInterface
public interface IdempotencyScope {

    /**
     * @return the scope (e.g. {@code "account:42"}), or empty when the caller is not authenticated: the request
     *         then runs without idempotency and its handler refuses it as usual
     */
    Mono<String> of(ServerWebExchange exchange);
}
