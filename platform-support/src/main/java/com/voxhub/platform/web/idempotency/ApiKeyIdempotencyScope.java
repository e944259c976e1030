package com.voxhub.platform.web.idempotency;

import com.voxhub.platform.auth.AccountPrincipal;
import com.voxhub.platform.auth.ApiKeyDirectory;
import com.voxhub.platform.web.Blocking;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Default scope: the account of the first API key found in {@code X-API-Key}, {@code api-key} or a Bearer token. */
public class ApiKeyIdempotencyScope implements IdempotencyScope {

    private final ApiKeyDirectory directory;

    public ApiKeyIdempotencyScope(ApiKeyDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Mono<String> of(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
        String bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7) : null;
        Optional<String> key = Stream.of(headers.getFirst("X-API-Key"), headers.getFirst("api-key"), bearer)
                .filter(k -> k != null && !k.isBlank())
                .map(String::strip)
                .findFirst();
        if (key.isEmpty()) {
            return Mono.empty();
        }
        return Blocking.call(() -> directory.authenticate(key.get()))
                .flatMap(Mono::justOrEmpty)
                .map(AccountPrincipal::accountId)
                .map(id -> "account:" + id);
    }
}
