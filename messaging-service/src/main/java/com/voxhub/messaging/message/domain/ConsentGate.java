package com.voxhub.messaging.message.domain;

import java.util.Optional;

/**
 * What sending needs of the consent ledger: whether an address may be messaged, and the suppressions that provider
 * reports imply (an unsubscribe, a spam complaint, a hard bounce).
 */
public interface ConsentGate {

    /** No consent ledger: everything may be sent (domain tests). */
    ConsentGate NONE = new ConsentGate() {
        @Override
        public Optional<String> refusal(long accountId, Channel channel, String destination) {
            return Optional.empty();
        }

        @Override
        public void suppress(long accountId, Channel channel, String destination, String source, String reason) {
        }
    };

    /** Why the address must not be messaged on the channel (e.g. {@code opted_out: sms_keyword}), or empty. */
    Optional<String> refusal(long accountId, Channel channel, String destination);

    /** Records that the address opted out (source as in ConsentChanged: EMAIL_UNSUBSCRIBE, SPAM_COMPLAINT, ...). */
    void suppress(long accountId, Channel channel, String destination, String source, String reason);
}
