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
        Instant updatedAt,
        Origin origin) {

    /** The rendered message, absent until the message is about to be sent. */
    public record Content(String sender, String subject, String body, String textBody, int segments) {

        public static final Content NONE = new Content(null, null, null, null, 0);
    }

    /**
     * Who asked for the message: a campaign job, a seed-001 send (with the acting recruiter, x-ph-userid), or this
     * service's own answer to HELP; and the candidate it is about (seed-001 candidateId, else the job reference).
     */
    public record Origin(String kind, String userId, String candidateId) {

        public static final String CAMPAIGN = "campaign";
        public static final String API = "api";
        public static final String HELP = "help";
        /** A seed-000 candidate invite: the campaign's sms_invite_template, with data.invite_url. */
        public static final String INVITE = "invite";

        public static Origin campaign(String candidateId) {
            return new Origin(CAMPAIGN, null, candidateId);
        }

        public boolean isInvite() {
            return INVITE.equals(kind);
        }

        /** Our answer to a HELP keyword: it goes out whatever the address's consent, as carriers require. */
        public boolean isHelpAnswer() {
            return HELP.equals(kind);
        }
    }

    public Message {
        model = model == null ? Map.of() : model;
        content = content == null ? Content.NONE : content;
        origin = origin == null ? Origin.campaign(null) : origin;
    }

    /** A message whose content is given (seed-001 send, HELP answer) rather than rendered from a campaign. */
    public static Message direct(String messageId, long accountId, Channel channel, String destination,
                                 Content content, Origin origin, Instant now) {
        return new Message(messageId, accountId, null, null, 1, channel, destination, Map.of(), false, content,
                MessageStatus.PENDING, null, null, null, now, 0, null, null, now, now, origin);
    }

    /** Whether the content was given when the message was created, so there is no campaign template to render. */
    public boolean isDirect() {
        return campaignId == null;
    }

    public static Message pending(String messageId, JobSnapshot job, int attempt, Instant now) {
        return new Message(messageId, job.accountId(), job.campaignId(), job.jobId(), attempt, job.channel(),
                job.destination(), job.templateModel(), job.simulation(), Content.NONE, MessageStatus.PENDING, null,
                null, null, dueAt(job, now), 0, null, null, now, now,
                new Origin(job.isInvite() ? Origin.INVITE : Origin.CAMPAIGN, null, job.reference()));
    }

    /** The job changed before its message was sent: take its new contact data and send time. */
    public Message refreshedFrom(JobSnapshot job, Instant now) {
        return new Message(messageId, accountId, campaignId, jobId, attempt, channel, job.destination(),
                job.templateModel(), job.simulation(), content, status, reason, provider, providerMessageId,
                dueAt(job, now), deferrals, sendingSince, acceptedAt, createdAt, now, origin);
    }

    /** Intent: the rendered content and the provider, recorded before the provider request is made. */
    public Message sending(Content rendered, String providerName, Instant now) {
        return new Message(messageId, accountId, campaignId, jobId, attempt, channel, destination, model, simulation,
                rendered, MessageStatus.SENDING, null, providerName, providerMessageId, sendAfter, deferrals, now,
                acceptedAt, createdAt, now, origin);
    }

    /** The provider took it. A callback may already have moved the status further, so it never goes back. */
    public Message accepted(String providerId, Instant now) {
        MessageStatus next = status.canMoveTo(MessageStatus.ACCEPTED) ? MessageStatus.ACCEPTED : status;
        return new Message(messageId, accountId, campaignId, jobId, attempt, channel, destination, model, simulation,
                content, next, reason, provider, providerId != null ? providerId : providerMessageId, sendAfter,
                deferrals, null, now, createdAt, now, origin);
    }

    /** Not sent this time (provider throttling or unavailable): back to the queue, due again at {@code due}. */
    public Message deferred(Instant due, String why, Instant now) {
        return new Message(messageId, accountId, campaignId, jobId, attempt, channel, destination, model, simulation,
                content, MessageStatus.PENDING, why, provider, providerMessageId, due, deferrals + 1, null,
                acceptedAt, createdAt, now, origin);
    }

    /** The request is made again under the same attempt, after the provider showed it never got the first. */
    public Message resending(Instant now) {
        return new Message(messageId, accountId, campaignId, jobId, attempt, channel, destination, model, simulation,
                content, MessageStatus.SENDING, reason, provider, providerMessageId, sendAfter, deferrals, now,
                acceptedAt, createdAt, now, origin);
    }

    /** Still SENDING, but the lease is renewed so the reconciler leaves it alone for another round. */
    public Message stillSending(Instant now) {
        return resending(now);
    }

    public Message withStatus(MessageStatus next, String why, String providerId, Instant now) {
        return new Message(messageId, accountId, campaignId, jobId, attempt, channel, destination, model, simulation,
                content, next, why, provider, providerId != null ? providerId : providerMessageId, sendAfter,
                deferrals, next == MessageStatus.SENDING ? sendingSince : null, acceptedAt, createdAt, now, origin);
    }

    public boolean wasAccepted() {
        return acceptedAt != null;
    }

    private static Instant dueAt(JobSnapshot job, Instant now) {
        return job.sendAt() != null && job.sendAt().isAfter(now) ? job.sendAt() : now;
    }
}
