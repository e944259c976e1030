package com.voxhub.webhook.provider.sendgrid;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Verification of SendGrid's Signed Event Webhook.
 *
 * @param verificationKeyFile file holding the verification key as SendGrid shows it (base64 DER SubjectPublicKeyInfo);
 *                            read lazily and re-read when it changes, so start order and key rotation need no restart
 * @param replayWindow        how far the signed timestamp may be from our clock, either way
 */
@ConfigurationProperties("voxhub.webhooks.sendgrid")
public record SendGridWebhookProperties(
        Path verificationKeyFile,
        @DefaultValue("10m") Duration replayWindow) {
}
