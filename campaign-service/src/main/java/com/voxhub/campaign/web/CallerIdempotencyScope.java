package com.voxhub.campaign.web;

import com.voxhub.platform.auth.ApiKeyDirectory;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.Blocking;
import com.voxhub.platform.web.idempotency.IdempotencyScope;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Idempotency keys are per account: the account of the key the request's surface carries (same rules as
 * {@link AccountPrincipalResolver}), or the operator for the admin endpoints. An unauthenticated request gets no
 * scope, runs without idempotency and is refused by its handler.
 */
@Component
class CallerIdempotencyScope implements IdempotencyScope {

    private final ApiKeyDirectory directory;
    private final AdminToken adminToken;

    CallerIdempotencyScope(ApiKeyDirectory directory, AdminToken adminToken) {
        this.directory = directory;
        this.adminToken = adminToken;
    }

    @Override
    public Mono<String> of(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().pathWithinApplication().value();
        if (path.startsWith("/api/v1/accounts")) {
            return isAdmin(request.getHeaders().getFirst(AdminToken.HEADER)) ? Mono.just("admin") : Mono.empty();
        }
        ApiCredentials credentials = ApiCredentials.forPath(path);
        String key = credentials.key(request).orElse(null);
        if (key == null) {
            return Mono.empty();
        }
        String login = credentials.login(request).orElse(null);
        return Blocking.call(() -> directory.authenticate(key))
                .flatMap(Mono::justOrEmpty)
                .filter(principal -> login == null || login.equals(principal.login()))
                .map(principal -> "account:" + principal.accountId());
    }

    private boolean isAdmin(String presented) {
        try {
            adminToken.check(presented);
            return true;
        } catch (ApiException refused) {
            return false;
        }
    }
}
