package com.voxhub.campaign.web;

import com.voxhub.platform.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The operator's token for account administration (header {@value #HEADER}). */
@ConfigurationProperties("voxhub.admin")
public record AdminToken(String token) {

    public static final String HEADER = "X-Admin-Token";

    public void check(String presented) {
        if (presented == null || token == null || token.isBlank()
                || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw ApiException.unauthorized("invalid_admin_token", "a valid " + HEADER + " header is required");
        }
    }
}
