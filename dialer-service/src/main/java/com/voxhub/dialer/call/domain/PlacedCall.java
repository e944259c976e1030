package com.voxhub.dialer.call.domain;

/** The provider's answer to a call request it accepted. */
public record PlacedCall(String providerCallId, AttemptStatus status) {
}
