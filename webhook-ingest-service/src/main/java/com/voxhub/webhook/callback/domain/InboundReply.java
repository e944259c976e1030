package com.voxhub.webhook.callback.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A contact's reply (published as ReplyReceived on inbound.replies). accountId is null when the callback does not
 * say which account the receiving number belongs to; messaging-service matches it then. STOP-style keywords are
 * interpreted by messaging-service, which owns the consent ledger. inReplyTo is the Message-ID (without angle
 * brackets) an email reply answers, which messaging-service matches against the Message-ID it sent.
 */
public record InboundReply(
        String provider,
        String providerMessageId,
        Channel channel,
        Long accountId,
        String from,
        String to,
        String body,
        String subject,
        String inReplyTo) {

    /** A reply that names no message it answers (SMS). */
    public InboundReply(String provider, String providerMessageId, Channel channel, Long accountId, String from,
                        String to, String body, String subject) {
        this(provider, providerMessageId, channel, accountId, from, to, body, subject, null);
    }

    public InboundReply {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerMessageId, "providerMessageId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** The provider's id of an inbound message is stable across its retries. */
    public UUID eventId() {
        return EventIds.of(provider, "reply:" + providerMessageId);
    }

    /** Kafka key (account:address): one contact's replies stay in order. */
    public String key() {
        return (accountId == null ? "unmatched" : accountId.toString()) + ":" + from;
    }
}
