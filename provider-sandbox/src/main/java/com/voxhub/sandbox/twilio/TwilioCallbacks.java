package com.voxhub.sandbox.twilio;

import com.voxhub.sandbox.Channel;
import com.voxhub.sandbox.callbacks.OutboundRequest;
import com.voxhub.sandbox.config.TwilioProperties;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds Twilio's outbound requests (status callbacks, TwiML fetches, Gather actions): form-encoded
 * for POST, query string for GET, and signed with X-Twilio-Signature over the URL as requested.
 */
@Component
public class TwilioCallbacks {

    private final TwilioProperties properties;

    public TwilioCallbacks(TwilioProperties properties) {
        this.properties = properties;
    }

    public OutboundRequest request(Channel channel, String kind, String providerId, String summary,
                                   String method, String url, Map<String, String> params) {
        boolean get = "GET".equalsIgnoreCase(method);
        String target = get ? appendQuery(url, params) : url;
        Map<String, String> signed = get ? Map.of() : params;
        String signature = TwilioSigner.sign(properties.authToken(), target, signed);
        byte[] body = get ? new byte[0] : formEncode(params).getBytes(StandardCharsets.UTF_8);
        return new OutboundRequest(channel, kind, providerId, summary, get ? "GET" : "POST", target,
                Map.of(TwilioSigner.HEADER, signature, "User-Agent", "TwilioProxy/1.1 (voxhub-sandbox)"),
                get ? null : "application/x-www-form-urlencoded; charset=utf-8", body);
    }

    /** Our reference travels as the {@code ref} query parameter of the StatusCallback URL. */
    public static String referenceOf(String statusCallbackUrl) {
        if (statusCallbackUrl == null || statusCallbackUrl.isBlank()) {
            return null;
        }
        try {
            String ref = UriComponentsBuilder.fromUriString(statusCallbackUrl).build().getQueryParams().getFirst("ref");
            return ref == null ? null : java.net.URLDecoder.decode(ref, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String formEncode(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String appendQuery(String url, Map<String, String> params) {
        if (params.isEmpty()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + formEncode(params);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
