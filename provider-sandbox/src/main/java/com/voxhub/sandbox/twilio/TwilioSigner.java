package com.voxhub.sandbox.twilio;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's request signature: Base64(HMAC-SHA1(authToken, url + each POST parameter's name and value,
 * sorted by name)). The URL is used exactly as given, query string included.
 */
public final class TwilioSigner {

    public static final String HEADER = "X-Twilio-Signature";

    private TwilioSigner() {
    }

    public static String sign(String authToken, String url, Map<String, String> postParams) {
        StringBuilder data = new StringBuilder(url);
        // Sorted by name, case-sensitively, as Twilio's helper libraries compare the signature.
        new TreeMap<>(postParams).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] digest = mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
