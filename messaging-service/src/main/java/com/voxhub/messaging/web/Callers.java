package com.voxhub.messaging.web;

import com.voxhub.platform.auth.ApiKeyDirectory;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.Blocking;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Seed-001 authentication: the {@code Authorization} header carries the API key (bare, or after "Bearer "), and
 * {@code x-ph-userid} names the recruiter acting, required where the seed requires it. Keys come from
 * accounts.api-keys, materialized by platform-support.
 */
@Component
public class Callers {

    static final int MAX_USER_ID = 128;

    private final ApiKeyDirectory directory;

    public Callers(ApiKeyDirectory directory) {
        this.directory = directory;
    }

    public Mono<Caller> resolve(String authorization, String userId, boolean userRequired) {
        if (authorization == null || authorization.isBlank()) {
            return Mono.error(ApiException.unauthorized("Authorization header is required"));
        }
        String key = authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : authorization.strip();
        return Blocking.call(() -> directory.authenticate(key))
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(ApiException.unauthorized("Invalid API key")))
                .map(principal -> new Caller(principal.accountId(), user(userId, userRequired)));
    }

    private static String user(String userId, boolean required) {
        if (userId == null || userId.isBlank()) {
            if (required) {
                throw ApiException.badRequest("x-ph-userid header is required");
            }
            return null;
        }
        if (userId.length() > MAX_USER_ID) {
            throw ApiException.badRequest("x-ph-userid must be at most " + MAX_USER_ID + " characters");
        }
        return userId.strip();
    }
}
