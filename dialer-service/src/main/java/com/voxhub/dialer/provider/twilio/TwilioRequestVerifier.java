package com.voxhub.dialer.provider.twilio;

import java.util.List;
import java.util.Map;

/**
 * Checks that a request to the dialer (TwiML fetch, Gather action) comes from the provider account: the signature
 * covers the URL the provider requested, which is the dialer's public base URL plus the path and query it saw.
 */
public final class TwilioRequestVerifier {

    private final String publicBaseUrl;
    private final String authToken;

    public TwilioRequestVerifier(String publicBaseUrl, String authToken) {
        this.publicBaseUrl = publicBaseUrl.endsWith("/")
                ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        this.authToken = authToken;
    }

    /**
     * @param rawPath  the request path as received (still encoded)
     * @param rawQuery the query string as received, or null
     * @param form     the POST form parameters (empty for GET, whose parameters are in the query)
     */
    public boolean verify(String rawPath, String rawQuery, Map<String, List<String>> form, String signature) {
        String url = publicBaseUrl + rawPath + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
        return TwilioSignature.matches(authToken, url, form, signature);
    }
}
