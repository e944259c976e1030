package com.voxhub.messaging.message.domain;

import java.util.Optional;

/**
 * Applies provider reports to messages. A status moves forward only ({@link MessageStatus#canMoveTo}); every
 * report, applied or not, goes into the message's history. A report for a message whose provider answer is not
 * recorded yet proves the provider accepted it, so acceptance is recorded first and events stay in order.
 */
public final class StatusTracker {

    /** What happened to a report. */
    public enum Outcome { APPLIED, RECORDED, NOT_OURS }

    private final Messages messages;
    private final MessageEvents events;
    private final SendLedger ledger;
    private final ConsentGate consent;

    public StatusTracker(Messages messages, MessageEvents events, SendLedger ledger) {
        this(messages, events, ledger, ConsentGate.NONE);
    }

    public StatusTracker(Messages messages, MessageEvents events, SendLedger ledger, ConsentGate consent) {
        this.consent = consent;
        this.messages = messages;
        this.events = events;
        this.ledger = ledger;
    }

    public Outcome apply(ProviderReport report) {
        Optional<Message> found = report.reference() != null
                ? messages.lockById(report.reference())
                : Optional.empty();
        if (found.isEmpty() && report.providerMessageId() != null) {
            found = messages.lockByProviderMessageId(report.providerMessageId());
        }
        if (found.isEmpty()) {
            return Outcome.NOT_OURS;
        }
        Message message = found.get();
        if (!message.wasAccepted() && message.status() == MessageStatus.SENDING && report.status() != null) {
            ledger.accept(message, report.providerMessageId(), report.receivedAt());
            message = messages.lockById(message.messageId()).orElseThrow();
        }
        boolean applies = report.status() != null && message.status().canMoveTo(report.status());
        messages.recordEvent(new MessageEvent(message.messageId(), report.type(), report.status(), applies,
                report.provider(), report.providerEventId(), report.details(), report.receivedAt()));
        suppressIfAsked(message, report);
        if (!applies) {
            return Outcome.RECORDED;
        }
        // The id the provider answered with stays; a callback only fills it in when the answer was lost.
        String providerId = message.providerMessageId() == null ? report.providerMessageId() : null;
        Message moved = message.withStatus(report.status(), report.details().reason(), providerId,
                report.receivedAt());
        messages.update(moved);
        events.statusChanged(moved, report.status(), report.details());
        return Outcome.APPLIED;
    }

    /**
     * An unsubscribe or a spam complaint is the person's wish and a hard bounce proves the address dead: whether or
     * not the report moves the message (a complaint after an unsubscribe does not), the address is suppressed.
     */
    private void suppressIfAsked(Message message, ProviderReport report) {
        String source = switch (report.status() == null ? MessageStatus.PENDING : report.status()) {
            case UNSUBSCRIBED -> "EMAIL_UNSUBSCRIBE";
            case SPAM_COMPLAINT -> "SPAM_COMPLAINT";
            case BOUNCED -> "hard".equalsIgnoreCase(report.details().bounceType()) ? "HARD_BOUNCE" : null;
            default -> null;
        };
        if (source != null && message.destination() != null) {
            consent.suppress(message.accountId(), message.channel(), message.destination(), source,
                    report.provider() + " " + report.type().toLowerCase());
        }
    }
}
