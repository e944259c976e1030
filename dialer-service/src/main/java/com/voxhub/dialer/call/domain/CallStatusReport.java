package com.voxhub.dialer.call.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A normalized report about one call, from a provider callback or a provider lookup.
 *
 * @param attemptId      our reference echoed by the provider, or null when only the provider's call id is known
 * @param providerCallId the provider's call id (Twilio CallSid), or null
 * @param reason         provider error code/message for failures, or null
 */
public record CallStatusReport(UUID attemptId, String providerCallId, AttemptStatus status, AnsweredBy answeredBy,
                               Integer durationSeconds, String pressedKeys, String reason,
                               Instant providerTimestamp) {
}
