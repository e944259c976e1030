package com.voxhub.messaging.message.domain;

import com.voxhub.messaging.campaign.domain.Campaign;
import com.voxhub.messaging.campaign.domain.Campaigns;
import com.voxhub.messaging.template.domain.TemplateException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The send ledger's rules. Each method is one database transaction (the caller opens it): claiming writes the
 * intent (SENDING + rendered body) before any provider request, recording writes the provider's answer, and
 * reconciling decides from the provider's own records whether a lost request must be made again.
 */
public final class SendLedger {

    /** Provider name recorded for simulated messages, which never reach a provider. */
    public static final String SIMULATION = "simulation";

    private final Messages messages;
    private final Campaigns campaigns;
    private final MessageEvents events;
    private final MessageComposer composer;
    private final DispatchPolicy policy;
    private final Clock clock;
    private final ConsentGate consent;

    public SendLedger(Messages messages, Campaigns campaigns, MessageEvents events, MessageComposer composer,
                      DispatchPolicy policy, Clock clock) {
        this(messages, campaigns, events, composer, policy, clock, ConsentGate.NONE);
    }

    public SendLedger(Messages messages, Campaigns campaigns, MessageEvents events, MessageComposer composer,
                      DispatchPolicy policy, Clock clock, ConsentGate consent) {
        this.consent = consent;
        this.messages = messages;
        this.campaigns = campaigns;
        this.events = events;
        this.composer = composer;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Claims due messages of active campaigns: renders each and records the intent. Returns those to hand to a
     * provider; messages that cannot be rendered end FAILED with the template error as reason, and messages to an
     * address that opted out end SKIPPED with the reason (consent is checked here, at the last moment, so an opt-out
     * that arrives after the job still stops its message).
     */
    public List<Message> claimDue(int limit, Function<Channel, String> providerOf) {
        Instant now = clock.instant();
        List<Message> toSend = new ArrayList<>();
        // A batch usually belongs to a handful of campaigns: read each once.
        Map<Long, Optional<Campaign>> batchCampaigns = new HashMap<>();
        for (Message due : messages.lockDue(now, limit)) {
            Optional<Campaign> campaign = due.isDirect() ? Optional.empty()
                    : batchCampaigns.computeIfAbsent(due.campaignId(), campaigns::find);
            if (!due.isDirect() && campaign.isEmpty()) {
                continue;
            }
            Optional<String> refusal = due.origin().isHelpAnswer() ? Optional.empty()
                    : consent.refusal(due.accountId(), due.channel(), due.destination());
            if (refusal.isPresent()) {
                skip(due, refusal.get(), now);
                continue;
            }
            Message.Content content;
            try {
                content = due.isDirect() ? due.content() : composer.compose(due, campaign.get());
            } catch (TemplateException e) {
                fail(due, e.reason(), now);
                continue;
            }
            String provider = due.simulation() ? SIMULATION : providerOf.apply(due.channel());
            Message sending = due.sending(content, provider, now);
            messages.update(sending);
            if (due.simulation()) {
                simulate(sending, now);
            } else {
                toSend.add(sending);
            }
        }
        return toSend;
    }

    /** Records the provider's answer to the request made for {@code messageId}. */
    public void record(String messageId, SendResult result) {
        Instant now = clock.instant();
        Message message = messages.lockById(messageId).orElseThrow();
        if (result instanceof SendResult.Accepted accepted) {
            accept(message, accepted.providerMessageId(), now);
        } else if (result instanceof SendResult.Rejected rejected) {
            fail(message, rejected.reason(), now);
        } else if (result instanceof SendResult.Deferred deferred) {
            defer(message, deferred, now);
        }
        // SendResult.Unknown leaves the message SENDING on purpose: the reconciler asks the provider once the
        // lease runs out, instead of sending a possible duplicate.
    }

    /**
     * Claims messages whose request outcome was lost (crash, timeout): SENDING for longer than {@code lease}. The
     * lease is renewed as they are claimed, so another reconciler leaves them alone while this one asks.
     */
    public List<Message> staleSending(Duration lease, int limit) {
        Instant now = clock.instant();
        List<Message> claimed = new ArrayList<>();
        for (Message stale : messages.lockStaleSending(now.minus(lease), limit)) {
            Message renewed = stale.stillSending(now);
            messages.update(renewed);
            claimed.add(renewed);
        }
        return claimed;
    }

    /**
     * Applies what the provider said about a lost request. Returns the message to send again (same attempt) when
     * the provider never got it.
     */
    public Optional<Message> reconcile(String messageId, LookupResult lookup) {
        Instant now = clock.instant();
        Message message = messages.lockById(messageId).orElseThrow();
        if (message.status() != MessageStatus.SENDING) {
            return Optional.empty();
        }
        if (lookup instanceof LookupResult.Found found) {
            accept(message, found.providerMessageId(), now);
            return Optional.empty();
        }
        if (lookup instanceof LookupResult.Unsupported unsupported) {
            fail(message, "send_outcome_unknown: " + unsupported.provider() + " has no message lookup", now);
            return Optional.empty();
        }
        if (lookup instanceof LookupResult.Absent) {
            Message again = message.resending(now);
            messages.update(again);
            return Optional.of(again);
        }
        messages.update(message.stillSending(now));
        return Optional.empty();
    }

    void accept(Message message, String providerMessageId, Instant now) {
        if (message.wasAccepted()) {
            return;
        }
        Message accepted = message.accepted(providerMessageId, now);
        messages.update(accepted);
        messages.recordEvent(MessageEvent.own(message.messageId(), MessageStatus.ACCEPTED,
                message.status().canMoveTo(MessageStatus.ACCEPTED), message.provider(),
                new StatusDetails(null, providerMessageId, null, null, false, null), now));
        events.accepted(accepted);
    }

    private void fail(Message message, String reason, Instant now) {
        if (!message.status().canMoveTo(MessageStatus.FAILED)) {
            return;
        }
        Message failed = message.withStatus(MessageStatus.FAILED, reason, null, now);
        messages.update(failed);
        StatusDetails details = StatusDetails.reason(reason);
        messages.recordEvent(MessageEvent.own(message.messageId(), MessageStatus.FAILED, true, "messaging", details,
                now));
        events.statusChanged(failed, MessageStatus.FAILED, details);
    }

    /** Not sent on purpose (the address opted out): final, with its reason, and reported like any status. */
    private void skip(Message message, String reason, Instant now) {
        Message skipped = message.withStatus(MessageStatus.SKIPPED, reason, null, now);
        messages.update(skipped);
        StatusDetails details = StatusDetails.reason(reason);
        messages.recordEvent(MessageEvent.own(message.messageId(), MessageStatus.SKIPPED, true, "messaging", details,
                now));
        events.statusChanged(skipped, MessageStatus.SKIPPED, details);
    }

    private void defer(Message message, SendResult.Deferred deferred, Instant now) {
        if (policy.exhausted(message.deferrals() + 1)) {
            fail(message, "provider_unavailable: " + deferred.reason(), now);
            return;
        }
        Duration wait = policy.backoff(message.deferrals(), deferred.retryAfter());
        messages.update(message.deferred(now.plus(wait), deferred.reason(), now));
    }

    /** Simulation mode (seed 003, TEST keys): the message is ledgered and reported, but no provider sees it. */
    private void simulate(Message sending, Instant now) {
        accept(sending, SIMULATION + "_" + sending.messageId(), now);
        Message accepted = messages.lockById(sending.messageId()).orElseThrow();
        Message delivered = accepted.withStatus(MessageStatus.DELIVERED, "simulation", null, now);
        messages.update(delivered);
        StatusDetails details = StatusDetails.reason("simulation");
        messages.recordEvent(MessageEvent.own(sending.messageId(), MessageStatus.DELIVERED, true, SIMULATION, details,
                now));
        events.statusChanged(delivered, MessageStatus.DELIVERED, details);
    }
}
