package com.voxhub.messaging.web;

/** Who calls the seed-001 API: the account its key belongs to, and the acting recruiter (x-ph-userid), if given. */
public record Caller(long accountId, String userId) {
}
