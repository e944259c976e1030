package com.voxhub.events.serde;

/** The bytes cannot be turned into an event record. Retrying will not help: dead-letter the record. */
public class EventDecodingException extends RuntimeException {

    public EventDecodingException(String message) {
        super(message);
    }

    public EventDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
