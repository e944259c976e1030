package com.voxhub.messaging.consent.domain;

public enum ConsentStatus {
    OPTED_IN, OPTED_OUT
}
