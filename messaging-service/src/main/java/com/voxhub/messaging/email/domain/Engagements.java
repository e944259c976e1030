package com.voxhub.messaging.email.domain;

import com.voxhub.messaging.message.domain.MessageStatus;
import com.voxhub.messaging.message.domain.ProviderReport;
import com.voxhub.messaging.message.domain.StatusDetails;
import com.voxhub.messaging.message.domain.StatusTracker;

import java.time.Clock;
import java.util.UUID;

/**
 * Opens, clicks and unsubscribes we observe ourselves (pixel, redirect, RFC 8058 POST) go through the same status
 * tracker as provider reports: forward-only statuses, full history, MessageStatusChanged, and an unsubscribe
 * suppresses the address. Callers open the transaction.
 */
public final class Engagements {

    /** The source recorded in the history for what this service observed itself. */
    public static final String SOURCE = "voxhub";

    private final StatusTracker tracker;
    private final Clock clock;

    public Engagements(StatusTracker tracker, Clock clock) {
        this.tracker = tracker;
        this.clock = clock;
    }

    /** @return false when the message is not ours */
    public boolean opened(String messageId, boolean machineOpen) {
        return report(messageId, MessageStatus.OPENED, new StatusDetails(null, null, null, null, machineOpen, null));
    }

    public boolean clicked(String messageId, String url) {
        return report(messageId, MessageStatus.CLICKED, new StatusDetails(null, null, null, url, false, null));
    }

    public boolean unsubscribed(String messageId) {
        return report(messageId, MessageStatus.UNSUBSCRIBED, StatusDetails.reason("one_click_unsubscribe"));
    }

    private boolean report(String messageId, MessageStatus status, StatusDetails details) {
        ProviderReport report = new ProviderReport(SOURCE, UUID.randomUUID().toString(), null, messageId,
                status.name(), status, details, clock.instant());
        return tracker.apply(report) != StatusTracker.Outcome.NOT_OURS;
    }
}
