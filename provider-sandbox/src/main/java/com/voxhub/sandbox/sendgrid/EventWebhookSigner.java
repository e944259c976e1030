package com.voxhub.sandbox.sendgrid;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * SendGrid's Signed Event Webhook: ECDSA P-256 with SHA-256 over the timestamp string followed by the
 * raw body bytes; the DER signature goes base64-encoded in {@value #SIGNATURE_HEADER}.
 */
@Component
public class EventWebhookSigner {

    public static final String SIGNATURE_HEADER = "X-Twilio-Email-Event-Webhook-Signature";
    public static final String TIMESTAMP_HEADER = "X-Twilio-Email-Event-Webhook-Timestamp";

    private final KeyPair keyPair;

    public EventWebhookSigner(SigningKeys keys) {
        this.keyPair = keys.keyPair();
    }

    public String sign(String timestamp, byte[] body) {
        return sign(keyPair, timestamp, body);
    }

    static String sign(KeyPair pair, String timestamp, byte[] body) {
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initSign(pair.getPrivate());
            ecdsa.update(timestamp.getBytes(StandardCharsets.UTF_8));
            ecdsa.update(body);
            return Base64.getEncoder().encodeToString(ecdsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign an event webhook post", e);
        }
    }

    static boolean matches(KeyPair pair) {
        byte[] probe = "probe".getBytes(StandardCharsets.UTF_8);
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initVerify(pair.getPublic());
            ecdsa.update("0".getBytes(StandardCharsets.UTF_8));
            ecdsa.update(probe);
            return ecdsa.verify(Base64.getDecoder().decode(sign(pair, "0", probe)));
        } catch (GeneralSecurityException | IllegalStateException e) {
            return false;
        }
    }
}
