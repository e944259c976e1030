package com.voxhub.campaign.account.domain;

import java.time.Instant;

public record Account(long id, String login, String name, long creditBalanceMinor, Instant createdAt) {
}
