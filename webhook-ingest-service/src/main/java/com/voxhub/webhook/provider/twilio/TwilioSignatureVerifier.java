package com.voxhub.webhook.provider.twilio;

import com.voxhub.webhook.callback.domain.CallbackRefused;
import com.voxhub.webhook.callback.domain.RefusalReason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's X-Twilio-Signature: Base64(HMAC-SHA1(authToken, url + each POST parameter sorted by name, name then
 * value, no separators)), where url is the full URL the gateway called (scheme, host, path, query) exactly as it
 * was configured: behind a proxy that is our public base URL, not the Host header we see.
 */
public class TwilioSignatureVerifier {

    private final SecretKeySpec key;

    public TwilioSignatureVerifier(String authToken) {
        this.key = new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1");
    }

    public void verify(String url, TwilioForm form, String signature) {
        if (signature == null || signature.isBlank()) {
            throw new CallbackRefused(TwilioCallbackParser.PROVIDER, RefusalReason.MISSING_SIGNATURE,
                    "X-Twilio-Signature header is required");
        }
        byte[] expected = sign(url, form).getBytes(StandardCharsets.US_ASCII);
        // Constant time, so response timing does not reveal how much of a forged signature was right.
        if (!MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.US_ASCII))) {
            throw new CallbackRefused(TwilioCallbackParser.PROVIDER, RefusalReason.INVALID_SIGNATURE,
                    "X-Twilio-Signature does not match the request");
        }
    }

    public String sign(String url, TwilioForm form) {
        StringBuilder data = new StringBuilder(url);
        for (TwilioForm.Param param : form.sorted()) {
            data.append(param.name()).append(param.value());
        }
        try {
            // A Mac is not thread-safe; a new one per request is cheap next to the HTTP exchange.
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is required of every JVM", e);
        }
    }
}
