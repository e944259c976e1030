package com.voxhub.dialer.api.web;

import com.voxhub.platform.auth.ApiKeyDirectory;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.Blocking;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The /dialer/v1 caller: {@code X-API-Key}, a key of accounts.api-keys (materialized by platform-support). */
@Component
class ApiCallers {

    static final String HEADER = "X-API-Key";

    private final ApiKeyDirectory directory;

    ApiCallers(ApiKeyDirectory directory) {
        this.directory = directory;
    }

    /** The caller's account id. */
    Mono<Long> account(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Mono.error(ApiException.unauthorized("missing_api_key", "X-API-Key header is required"));
        }
        return Blocking.call(() -> directory.authenticate(apiKey.strip()))
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(ApiException.unauthorized("invalid_api_key", "Invalid API key")))
                .map(principal -> principal.accountId());
    }
}
