package com.voxhub.platform.auth;

/** The account an API key authenticates. Every query a request makes is scoped to {@code accountId}. */
public record AccountPrincipal(long accountId, String login) {
}
