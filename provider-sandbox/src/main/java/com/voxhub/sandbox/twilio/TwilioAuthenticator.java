package com.voxhub.sandbox.twilio;

import com.voxhub.sandbox.config.TwilioProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** HTTP Basic with AccountSid:AuthToken, and the path's AccountSid must be that account. */
@Component
public class TwilioAuthenticator {

    private final TwilioProperties properties;

    public TwilioAuthenticator(TwilioProperties properties) {
        this.properties = properties;
    }

    public boolean isAuthorized(String pathAccountSid, String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorizationHeader.substring(6).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String user = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        return user.equals(properties.accountSid())
                && properties.accountSid().equals(pathAccountSid)
                && MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
                        properties.authToken().getBytes(StandardCharsets.UTF_8));
    }
}
