package com.voxhub.messaging.sms.domain;

import java.time.Instant;

/**
 * One SMS for a provider. {@code messageId} travels as our reference (Twilio: {@code ref} on the status
 * callback URL) so callbacks find the message even before its provider id is recorded. No provider message for
 * this request can be older than {@code notBefore}: a lookup after a crash ignores older lookalikes.
 */
public record SmsRequest(String messageId, String from, String to, String body, Instant notBefore,
                         String providerMessageId) {
}
