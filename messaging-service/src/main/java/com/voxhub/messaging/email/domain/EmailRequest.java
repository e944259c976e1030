package com.voxhub.messaging.email.domain;

import java.time.Instant;

/**
 * One email for a provider: HTML and text parts, and the one-click unsubscribe URL (RFC 8058) campaign email
 * carries. {@code messageId} is our reference (SendGrid {@code custom_args.reference}, SMTP Message-ID).
 */
public record EmailRequest(String messageId, String from, String to, String subject, String html, String text,
                           String unsubscribeUrl, Instant notBefore, String providerMessageId) {
}
