package com.voxhub.messaging.email.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens and clicks for providers that do not track (SMTP): links are rewritten through our click redirect and a
 * 1x1 pixel is appended. A click URL carries an HMAC of (message, target) so the redirect cannot be abused to send
 * people anywhere (no open redirect).
 */
public final class EmailTracking {

    private static final Pattern HREF = Pattern.compile("(href\\s*=\\s*\")(https?://[^\"]+)(\")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_END = Pattern.compile("</body>", Pattern.CASE_INSENSITIVE);

    private final String baseUrl;
    private final SecretKeySpec key;

    public EmailTracking(String baseUrl, String secret) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The HTML with every http(s) link through the click redirect and the open pixel at the end of the body. */
    public String instrument(String messageId, String html) {
        if (html == null) {
            return null;
        }
        Matcher links = HREF.matcher(html);
        StringBuilder out = new StringBuilder();
        while (links.find()) {
            String target = links.group(2).replace("&amp;", "&");
            String tracked = clickUrl(messageId, target).replace("&", "&amp;");
            links.appendReplacement(out, Matcher.quoteReplacement(links.group(1) + tracked + links.group(3)));
        }
        links.appendTail(out);
        String pixel = "<img src=\"" + openUrl(messageId) + "\" width=\"1\" height=\"1\" alt=\"\" "
                + "style=\"display:block;border:0\">";
        Matcher end = BODY_END.matcher(out);
        return end.find() ? out.substring(0, end.start()) + pixel + out.substring(end.start()) : out + pixel;
    }

    public String openUrl(String messageId) {
        return baseUrl + "/o/" + messageId + ".gif";
    }

    public String clickUrl(String messageId, String target) {
        return baseUrl + "/c/" + messageId + "?u=" + URLEncoder.encode(target, StandardCharsets.UTF_8)
                + "&s=" + signature(messageId, target);
    }

    /** Whether {@code signature} is ours for this message and target (constant-time comparison). */
    public boolean verify(String messageId, String target, String signature) {
        if (messageId == null || target == null || signature == null) {
            return false;
        }
        return MessageDigest.isEqual(signature(messageId, target).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String messageId, String target) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((messageId + "\n" + target).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
