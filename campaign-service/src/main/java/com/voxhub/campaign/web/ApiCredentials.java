package com.voxhub.campaign.web;

import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Where each surface carries its API key. Seeds differ: 002 uses {@code Authorization: Bearer}, 003 uses
 * {@code api-key} (+ {@code api-login}), the native API and seed 000 use {@code X-API-Key}. Seed 004's product
 * uses HTTP Basic (user = the account's subdomain, i.e. our login; password = the token): {@code /apps/api/**} takes
 * that, or {@code X-API-Key}.
 */
public enum ApiCredentials {
    BEARER, API_KEY_AND_LOGIN, X_API_KEY, BASIC_OR_X_API_KEY;

    public static ApiCredentials forPath(String path) {
        if (path.startsWith("/j/")) {
            return BEARER;
        }
        if (path.startsWith("/v1/public/")) {
            return API_KEY_AND_LOGIN;
        }
        if (path.startsWith("/apps/api/")) {
            return BASIC_OR_X_API_KEY;
        }
        return X_API_KEY;
    }

    public Optional<String> key(ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        String value = switch (this) {
            case BEARER -> bearer(headers.getFirst(HttpHeaders.AUTHORIZATION));
            case API_KEY_AND_LOGIN -> headers.getFirst("api-key");
            case X_API_KEY -> headers.getFirst("X-API-Key");
            case BASIC_OR_X_API_KEY -> basic(headers.getFirst(HttpHeaders.AUTHORIZATION), 1)
                    .orElse(headers.getFirst("X-API-Key"));
        };
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Seed 003 also names the account: a key of another login is refused. */
    public Optional<String> login(ServerHttpRequest request) {
        return switch (this) {
            case API_KEY_AND_LOGIN -> Optional.ofNullable(request.getHeaders().getFirst("api-login"));
            case BASIC_OR_X_API_KEY -> basic(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION), 0)
                    .filter(user -> !user.isBlank());
            default -> Optional.empty();
        };
    }

    /** Part {@code index} (0 user, 1 password) of a Basic credential, if the header is one. */
    private static Optional<String> basic(String authorization, int index) {
        if (authorization == null || authorization.length() < 6 || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(java.util.Base64.getDecoder().decode(authorization.substring(6).strip()),
                    java.nio.charset.StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return Optional.of(index == 0 ? decoded.substring(0, colon) : decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String bearer(String authorization) {
        if (authorization == null || authorization.length() < 7 || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7);
    }
}
