package com.voxhub.dialer.call.domain;

/** Why a provider refused a call request for good (retrying the same request cannot succeed). */
public enum RejectionReason {
    INVALID_NUMBER, INVALID_CALLER_ID, BLOCKED_NUMBER, OTHER
}
