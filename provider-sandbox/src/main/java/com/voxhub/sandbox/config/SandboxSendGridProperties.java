package com.voxhub.sandbox.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the emulated SendGrid posts its Event Webhook and where its signing keys live.
 * The verification key file defaults to {@code ${java.io.tmpdir}/voxhub-sandbox/sendgrid-verification-key.txt};
 * the private key to the same name with a {@code .pem} extension.
 */
@ConfigurationProperties("voxhub.sandbox.sendgrid")
public record SandboxSendGridProperties(
        @DefaultValue("http://localhost:8084/webhooks/sendgrid/events") String eventWebhookUrl,
        Path verificationKeyFile,
        Path privateKeyFile,
        @DefaultValue("true") boolean openTrackingDefault,
        @DefaultValue("true") boolean clickTrackingDefault) {

    public Path resolvedVerificationKeyFile() {
        return verificationKeyFile != null
                ? verificationKeyFile
                : Path.of(System.getProperty("java.io.tmpdir"), "voxhub-sandbox", "sendgrid-verification-key.txt");
    }

    public Path resolvedPrivateKeyFile() {
        if (privateKeyFile != null) {
            return privateKeyFile;
        }
        Path publicKey = resolvedVerificationKeyFile();
        String name = publicKey.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return publicKey.resolveSibling(base + ".pem");
    }
}
