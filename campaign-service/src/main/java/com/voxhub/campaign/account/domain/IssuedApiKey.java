package com.voxhub.campaign.account.domain;

import java.time.Instant;

/** A freshly issued key: the raw value is shown once and never stored. */
public record IssuedApiKey(String key, String prefix, String label, String mode, long accountId, Instant createdAt) {
}
