package com.voxhub.webhook.provider.sendgrid;

import com.voxhub.webhook.callback.domain.CallbackRefused;
import com.voxhub.webhook.callback.domain.RefusalReason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * SendGrid's Signed Event Webhook: an ECDSA P-256 / SHA-256 signature (base64 DER, header
 * X-Twilio-Email-Event-Webhook-Signature) over the timestamp header followed by the raw body bytes. The body must be
 * verified as received, before any JSON parsing reformats it. The signed timestamp bounds replays.
 */
public class SendGridSignatureVerifier {

    public static final String SIGNATURE_HEADER = "X-Twilio-Email-Event-Webhook-Signature";
    public static final String TIMESTAMP_HEADER = "X-Twilio-Email-Event-Webhook-Timestamp";

    private final SendGridVerificationKey key;
    private final Duration replayWindow;
    private final Clock clock;

    public SendGridSignatureVerifier(SendGridVerificationKey key, Duration replayWindow, Clock clock) {
        this.key = key;
        this.replayWindow = replayWindow;
        this.clock = clock;
    }

    public void verify(String timestamp, String signature, byte[] body) {
        if (isBlank(signature) || isBlank(timestamp)) {
            throw refused(RefusalReason.MISSING_SIGNATURE, SIGNATURE_HEADER + " and " + TIMESTAMP_HEADER + " are required");
        }
        PublicKey publicKey = key.current().orElseThrow(() -> refused(RefusalReason.VERIFICATION_KEY_UNAVAILABLE,
                "The SendGrid verification key is not available yet; retry later"));
        if (!signatureMatches(publicKey, timestamp.trim(), signature.trim(), body)) {
            throw refused(RefusalReason.INVALID_SIGNATURE, SIGNATURE_HEADER + " does not match the request");
        }
        // Checked after the signature so the timestamp we judge is one SendGrid vouched for.
        if (!withinReplayWindow(timestamp.trim())) {
            throw refused(RefusalReason.STALE_TIMESTAMP, TIMESTAMP_HEADER + " is outside the accepted window");
        }
    }

    static boolean signatureMatches(PublicKey publicKey, String timestamp, String signature, byte[] body) {
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(publicKey);
            verifier.update(timestamp.getBytes(StandardCharsets.UTF_8));
            verifier.update(body);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            // Not base64, not DER, or not a signature this key can check: a forgery as far as we are concerned.
            return false;
        }
    }

    private boolean withinReplayWindow(String timestamp) {
        try {
            Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
            return Duration.between(signedAt, clock.instant()).abs().compareTo(replayWindow) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static CallbackRefused refused(RefusalReason reason, String message) {
        return new CallbackRefused(SendGridEventParser.PROVIDER, reason, message);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
