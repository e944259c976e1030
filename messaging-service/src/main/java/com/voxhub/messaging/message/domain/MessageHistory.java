package com.voxhub.messaging.message.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The read side of the ledger that the seed-001 history, activity and transactional queries need. */
public interface MessageHistory {

    /** Messages of one account and channel created in [from, to), newest first; null filters match everything. */
    record Filter(long accountId, Channel channel, Instant from, Instant to, String destination, String candidateId,
                  String userId, List<String> origins) {
    }

    record Entry(String messageId, String sender, String recipient, Instant at, String subject, String body,
                 String userId, String candidateId, MessageStatus status, String reason, String origin) {
    }

    record Activity(String type, MessageStatus status, boolean applied, String source, String reason, String url,
                    boolean machineOpen, String bounceType, Instant providerTimestamp, Instant recordedAt) {
    }

    record Candidate(String candidateId, String address) {
    }

    record Slice<T>(List<T> items, long total) {
    }

    Slice<Entry> messages(Filter filter, int offset, int limit);

    /** One message of the account, if it is the account's (another account's id is simply not found). */
    Optional<Entry> message(long accountId, Channel channel, String messageId);

    /** The message's history in the order it was recorded. */
    List<Activity> activity(String messageId);

    /** The distinct candidates the filter's messages went to, by their latest message. */
    Slice<Candidate> candidates(Filter filter, int offset, int limit);
}
