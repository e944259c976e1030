package com.voxhub.sandbox.twilio.calls;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** An emulated outbound call: the request it came from and its moving state. */
final class VoiceCall {

    static final Set<String> NOT_ANSWERED = Set.of("queued", "initiated", "ringing");
    static final Set<String> TERMINAL = Set.of("completed", "busy", "no-answer", "failed", "canceled");

    final String sid;
    final String accountSid;
    final CallRequest request;
    final Instant dateCreated = Instant.now();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile String recordingId;

    private String status = "queued";
    private String answeredBy;
    private Instant dateUpdated = dateCreated;
    private Instant startTime;
    private Instant endTime;
    private Integer duration;

    VoiceCall(String sid, String accountSid, CallRequest request) {
        this.sid = sid;
        this.accountSid = accountSid;
        this.request = request;
    }

    /** Moves to {@code to} only from one of {@code from}: a canceled call never rings again. */
    synchronized boolean advance(Set<String> from, String to) {
        if (!from.contains(status)) {
            return false;
        }
        Instant now = Instant.now();
        status = to;
        dateUpdated = now;
        if ("in-progress".equals(to)) {
            startTime = now;
        }
        if (TERMINAL.contains(to)) {
            endTime = now;
            duration = startTime == null ? 0
                    : (int) Math.max(1, (Duration.between(startTime, now).toMillis() + 999) / 1000);
        }
        return true;
    }

    synchronized void answeredBy(String value) {
        answeredBy = value;
        dateUpdated = Instant.now();
    }

    int nextSequenceNumber() {
        return sequence.getAndIncrement();
    }

    void recordedAs(String id) {
        recordingId = id;
    }

    String recordingId() {
        return recordingId;
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(status, answeredBy, dateUpdated, startTime, endTime, duration);
    }

    record Snapshot(String status, String answeredBy, Instant dateUpdated, Instant startTime, Instant endTime,
                    Integer duration) {
    }
}
