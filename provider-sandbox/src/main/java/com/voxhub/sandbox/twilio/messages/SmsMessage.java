package com.voxhub.sandbox.twilio.messages;

import java.time.Instant;

/**
 * An emulated outbound message. Its status moves forward only; lookups and callbacks read snapshots.
 */
final class SmsMessage {

    /** The number a Messaging Service "picks" when the request named no From. */
    static final String SERVICE_SENDER = "+15005550006";

    final String sid;
    final String accountSid;
    final String to;
    final String from;
    /** From, or the number the Messaging Service picked. */
    final String sender;
    final String messagingServiceSid;
    final String body;
    final String statusCallback;
    final int numSegments;
    final Instant dateCreated;

    private String status;
    private Instant dateUpdated;
    private Instant dateSent;
    private Integer errorCode;
    private String errorMessage;

    SmsMessage(String sid, String accountSid, MessageRequest request, String from, String initialStatus) {
        this.sid = sid;
        this.accountSid = accountSid;
        this.to = request.to();
        this.from = from;
        this.sender = from != null ? from : SERVICE_SENDER;
        this.messagingServiceSid = request.messagingServiceSid();
        this.body = request.body();
        this.statusCallback = request.statusCallback();
        this.numSegments = SmsSegments.count(request.body());
        this.dateCreated = Instant.now();
        this.dateUpdated = dateCreated;
        this.status = initialStatus;
    }

    synchronized void moveTo(String newStatus, Integer newErrorCode, String newErrorMessage) {
        Instant now = Instant.now();
        status = newStatus;
        dateUpdated = now;
        if ("sent".equals(newStatus)) {
            dateSent = now;
        }
        errorCode = newErrorCode;
        errorMessage = newErrorMessage;
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(status, dateUpdated, dateSent, errorCode, errorMessage);
    }

    record Snapshot(String status, Instant dateUpdated, Instant dateSent, Integer errorCode, String errorMessage) {
    }
}
