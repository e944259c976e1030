package com.voxhub.dialer.call.domain;

/** How one attempt ended, in the words of {@code JobDialingFinished.outcome}. */
public enum CallOutcome {
    ANSWERED_HUMAN,
    ANSWERED_MACHINE,
    ANSWERED_FAX,
    BUSY,
    NO_ANSWER,
    /** The network or provider failed the call after accepting it. */
    FAILED,
    CANCELED,
    /** The provider refused the number itself (Twilio 21211, 21214, 21217). */
    INVALID_NUMBER,
    /** The provider refused our caller id (Twilio 21210, 21212). */
    INVALID_CALLER_ID,
    /** The number may not be called from this account (Twilio 21215, 21216). */
    BLOCKED_NUMBER,
    /** The provider could not be reached or refused for now (timeouts, 429, 5xx, open circuit). */
    PROVIDER_UNAVAILABLE,
    /** Simulation mode: nothing was sent to a provider. */
    SIMULATED,
    /** The contact opted out of calls or is on the account's do-not-call list: never called. */
    DO_NOT_CALL;

    /** The outcome of an attempt that reached a terminal status at the provider. */
    public static CallOutcome ofTerminal(AttemptStatus status, AnsweredBy answeredBy) {
        return switch (status) {
            case COMPLETED -> answeredBy == AnsweredBy.MACHINE ? ANSWERED_MACHINE
                    : answeredBy == AnsweredBy.FAX ? ANSWERED_FAX : ANSWERED_HUMAN;
            case BUSY -> BUSY;
            case NO_ANSWER -> NO_ANSWER;
            case FAILED -> FAILED;
            case CANCELED -> CANCELED;
            default -> throw new IllegalArgumentException("not a terminal status: " + status);
        };
    }

    public static CallOutcome ofRejection(RejectionReason reason) {
        return switch (reason) {
            case INVALID_NUMBER -> INVALID_NUMBER;
            case INVALID_CALLER_ID -> INVALID_CALLER_ID;
            case BLOCKED_NUMBER -> BLOCKED_NUMBER;
            case OTHER -> FAILED;
        };
    }
}
