package com.voxhub.messaging.message.domain;

import java.time.Instant;
import java.util.Map;

/**
 * One row of the send ledger: one message for one (job, attempt). It is written PENDING when the job arrives,
 * SENDING (with its rendered body) in the transaction that precedes the provider request, and carries the
 * provider's id once the provider accepted it. Immutable: each step returns the next version.
 */
public record Message(
        String messageId,
        long accountId,
        Long campaignId,
        Long jobId,
        int attempt,
        Channel channel,
        String destination,
        Map<String, Object> model,
        boolean simulation,
        Content content,
        MessageStatus status,
        String reason,
        String provider,
        String providerMessageId,
        Instant sendAfter,
        int deferrals,
        Instant sendingSince,
        Instant acceptedAt,
        Instant createdAt,
        Instant updatedAt) {

    /** The rendered message, absent until the message is about to be sent. */
    public record Content(String sender, String subject, String body, String textBody, int segments) {

        public static final Content NONE = new Content(null, null, null, null, 0);
    }

    public Message {
        model = model == null ? Map.of() : model;
        content = content == null ? Content.NONE : content;
    }

    public static Message pending(String messageId, JobSnapshot job, int attempt, Instant now) {
        return new Message(messageId, job.accountId(), job.campaignId(), job.jobId(), attempt, job.channel(),
                job.destination(), job.templateModel(), job.simulation(), Content.NONE, MessageStatus.PENDING, null,
                null, null, dueAt(job, now), 0, null, null, now, now);
    }

    /** The job changed before its message was sent: take its new contact data and send time. */
    public Message refreshedFrom(JobSnapshot job, Instant now) {
        return new Message(messageId, accountId, campaignId, jobId, attempt, channel, job.destination(),
                job.templateModel(), job.simulation(), content, status, reason, provider, providerMessageId,
                dueAt(job, now), deferrals, sendingSince, acceptedAt, createdAt, now);
    }

    /** Intent: the rendered content and the provider, recorded before the provider request is made. */
    public Message sending(Content rendered, String providerName, Instant now) {
        return new Message(messageId, accountId, campaignId, jobId, attempt, channel, destination, model, simulation,
                rendered, MessageStatus.SENDING, null, providerName, providerMessageId, sendAfter, deferrals, now,
                acceptedAt, createdAt, now);
    }

    /** The provider took it. A callback may already have moved the status further, so it never goes back. */
    public Message accepted(String providerId, Instant now) {
        MessageStatus next = status.canMoveTo(MessageStatus.ACCEPTED) ? MessageStatus.ACCEPTED : status;
        return new Message(messageId, accountId, campaignId, jobId, attempt, channel, destination, model, simulation,
                content, next, reason, provider, providerId != null ? providerId : providerMessageId, sendAfter,
                deferrals, null, now, createdAt, now);
    }

    /** Not sent this time (provider throttling or unavailable): back to the queue, due again at {@code due}. */
    public Message deferred(Instant due, String why, Instant now) {
        return new Message(messageId, accountId, campaignId, jobId, attempt, channel, destination, model, simulation,
                content, MessageStatus.PENDING, why, provider, providerMessageId, due, deferrals + 1, null,
                acceptedAt, createdAt, now);
    }

    /** The request is made again under the same attempt, after the provider showed it never got the first. */
    public Message resending(Instant now) {
        return new Message(messageId, accountId, campaignId, jobId, attempt, channel, destination, model, simulation,
                content, MessageStatus.SENDING, reason, provider, providerMessageId, sendAfter, deferrals, now,
                acceptedAt, createdAt, now);
    }

    /** Still SENDING, but the lease is renewed so the reconciler leaves it alone for another round. */
    public Message stillSending(Instant now) {
        return resending(now);
    }

    public Message withStatus(MessageStatus next, String why, String providerId, Instant now) {
        return new Message(messageId, accountId, campaignId, jobId, attempt, channel, destination, model, simulation,
                content, next, why, provider, providerId != null ? providerId : providerMessageId, sendAfter,
                deferrals, next == MessageStatus.SENDING ? sendingSince : null, acceptedAt, createdAt, now);
    }

    public boolean wasAccepted() {
        return acceptedAt != null;
    }

    private static Instant dueAt(JobSnapshot job, Instant now) {
        return job.sendAt() != null && job.sendAt().isAfter(now) ? job.sendAt() : now;
    }
}
