package com.voxhub.messaging.message.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The send ledger. Methods named {@code lock...} take a row lock for the rest of the caller's transaction so that
 * the dispatcher, the reconciler and callbacks never update one message concurrently.
 */
public interface Messages {

    /** Stores a new message; false (and nothing stored) when the job already has a message for that attempt. */
    boolean add(Message message);

    Optional<Message> lockByJob(long jobId, int attempt);

    Optional<Message> lockById(String messageId);

    Optional<Message> lockByProviderMessageId(String providerMessageId);

    /**
     * Pending messages that are due and whose campaign is known and ACTIVE, oldest first, skipping rows another
     * dispatcher holds.
     */
    List<Message> lockDue(Instant now, int limit);

    /** Messages left SENDING since before {@code before}: their provider request may or may not have happened. */
    List<Message> lockStaleSending(Instant before, int limit);

    void update(Message message);

    void recordEvent(MessageEvent event);
}
