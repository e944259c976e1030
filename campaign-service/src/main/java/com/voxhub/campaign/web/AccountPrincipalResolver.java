package com.voxhub.campaign.web;

import com.voxhub.platform.auth.AccountPrincipal;
import com.voxhub.platform.auth.ApiKeyDirectory;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.Blocking;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Resolves the calling account for any handler parameter of type {@link AccountPrincipal}, reading the key
 * from the header the request's surface uses. Seed 002 answers 403 to a missing or wrong token (as documented);
 * the other surfaces answer 401.
 */
@Component
class AccountPrincipalResolver implements HandlerMethodArgumentResolver {

    private final ApiKeyDirectory directory;

    AccountPrincipalResolver(ApiKeyDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return AccountPrincipal.class.equals(parameter.getParameterType());
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
        ApiCredentials credentials = ApiCredentials.forPath(exchange.getRequest().getPath().value());
        String key = credentials.key(exchange.getRequest()).orElse(null);
        if (key == null) {
            return Mono.error(refusal(credentials, "Authentication credentials were not provided."));
        }
        String login = credentials.login(exchange.getRequest()).orElse(null);
        return Blocking.call(() -> directory.authenticate(key)
                .filter(principal -> login == null || login.equals(principal.login()))
                .orElseThrow(() -> refusal(credentials, "Invalid API key.")))
                .cast(Object.class);
    }

    private static ApiException refusal(ApiCredentials credentials, String message) {
        return credentials == ApiCredentials.BEARER
                ? ApiException.forbidden("forbidden", message)
                : ApiException.unauthorized("unauthorized", message);
    }
}
