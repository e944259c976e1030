package com.voxhub.webhook.it;

import com.voxhub.webhook.provider.twilio.TwilioForm;
import com.voxhub.webhook.provider.twilio.TwilioSignatureVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/** Signs callbacks the way the gateways do: Twilio with the auth token, SendGrid with a P-256 key we generate. */
final class SignedCallbacks {

    static final String AUTH_TOKEN = "it-twilio-auth-token";
    static final String PUBLIC_BASE_URL = "https://hooks.voxhub.test";

    private final KeyPair sendGridKeys;
    private final Path verificationKeyFile;

    SignedCallbacks() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            sendGridKeys = generator.generateKeyPair();
            verificationKeyFile = Files.createTempFile("sendgrid-verification-key", ".txt");
            verificationKeyFile.toFile().deleteOnExit();
            // As SendGrid shows it: base64 of the DER SubjectPublicKeyInfo.
            Files.writeString(verificationKeyFile,
                    Base64.getEncoder().encodeToString(sendGridKeys.getPublic().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path verificationKeyFile() {
        return verificationKeyFile;
    }

    /** X-Twilio-Signature for a form posted to pathAndQuery under our public base URL. */
    String twilio(String pathAndQuery, String form) {
        return new TwilioSignatureVerifier(AUTH_TOKEN).sign(PUBLIC_BASE_URL + pathAndQuery, TwilioForm.parse(form));
    }

    /** X-Twilio-Email-Event-Webhook-Signature over timestamp + body. */
    String sendGrid(String timestamp, String body) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(sendGridKeys.getPrivate());
            signer.update(timestamp.getBytes(StandardCharsets.UTF_8));
            signer.update(body.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
