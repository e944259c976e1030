package com.voxhub.webhook.callback.domain;

/**
 * The one vocabulary every provider's callbacks are normalized into. Same names as the event contract's
 * ProviderEventType so the Kafka mapping is by name; UNKNOWN keeps a status we do not know yet flowing
 * (with the raw callback archived) instead of refusing it and making the gateway retry forever.
 */
public enum EventType {
    UNKNOWN,
    QUEUED, SENT, DELIVERED, UNDELIVERED, FAILED, READ,
    OPENED, CLICKED, BOUNCED, DEFERRED, DROPPED, SPAM_COMPLAINT, UNSUBSCRIBED, REPLIED,
    CALL_INITIATED, CALL_RINGING, CALL_ANSWERED, CALL_COMPLETED, CALL_BUSY, CALL_NO_ANSWER, CALL_FAILED, CALL_CANCELED
}
