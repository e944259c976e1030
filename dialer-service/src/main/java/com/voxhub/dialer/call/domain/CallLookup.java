package com.voxhub.dialer.call.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What is known of a call whose request outcome is unknown.
 *
 * @param providerCallId the provider's call id if it was recorded, else null
 * @param requestedAt    when the intent was recorded: the call, if any, was created after it
 */
public record CallLookup(UUID attemptId, String providerCallId, String to, Instant requestedAt) {
}
