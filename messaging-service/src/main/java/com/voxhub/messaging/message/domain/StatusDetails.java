package com.voxhub.messaging.message.domain;

import java.time.Instant;

/** What a status change carries besides the status: why, the provider's id and time, the clicked link, ... */
public record StatusDetails(String reason, String providerMessageId, Instant providerTimestamp, String url,
                            boolean machineOpen, String bounceType) {

    public static StatusDetails reason(String reason) {
        return new StatusDetails(reason, null, null, null, false, null);
    }
}
