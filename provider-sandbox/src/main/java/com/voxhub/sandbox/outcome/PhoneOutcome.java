package com.voxhub.sandbox.outcome;

/** What happens to an SMS or a call, decided by the destination number. */
public enum PhoneOutcome {
    /** SMS delivered; call answered by a human who talks for a while. */
    NORMAL,
    /** Call: busy. SMS: delivered. */
    BUSY,
    /** Call: rings until it times out. SMS: delivered. */
    NO_ANSWER,
    /** Call: answered by an answering machine. SMS: delivered. */
    MACHINE,
    /** Rejected synchronously with Twilio error 21211, for SMS and calls. */
    INVALID_NUMBER,
    /** SMS delivered, call answered, only after the slow delay (10 s by default). */
    SLOW,
    /** SMS undelivered with error 30003; call failed. */
    UNREACHABLE
}
