package com.voxhub.campaign.web;

import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Where each surface carries its API key. Seeds differ: 002 uses {@code Authorization: Bearer}, 003 uses
 * {@code api-key} (+ {@code api-login}), the native API and seeds 000/004 use {@code X-API-Key}.
 */
public enum ApiCredentials {
    BEARER, API_KEY_AND_LOGIN, X_API_KEY;

    public static ApiCredentials forPath(String path) {
        if (path.startsWith("/j/")) {
            return BEARER;
        }
        if (path.startsWith("/v1/public/")) {
            return API_KEY_AND_LOGIN;
        }
        return X_API_KEY;
    }

    public Optional<String> key(ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        String value = switch (this) {
            case BEARER -> bearer(headers.getFirst(HttpHeaders.AUTHORIZATION));
            case API_KEY_AND_LOGIN -> headers.getFirst("api-key");
            case X_API_KEY -> headers.getFirst("X-API-Key");
        };
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Seed 003 also names the account: a key of another login is refused. */
    public Optional<String> login(ServerHttpRequest request) {
        return this == API_KEY_AND_LOGIN ? Optional.ofNullable(request.getHeaders().getFirst("api-login")) : Optional.empty();
    }

    private static String bearer(String authorization) {
        if (authorization == null || authorization.length() < 7 || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7);
    }
}
