package com.voxhub.messaging.message.domain;

/** Facts other services learn about messages; implementations write them in the caller's transaction. */
public interface MessageEvents {

    void accepted(Message message);

    void statusChanged(Message message, MessageStatus status, StatusDetails details);
}
