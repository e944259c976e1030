package com.voxhub.messaging.message.domain;

import com.voxhub.messaging.campaign.domain.Campaign;
import com.voxhub.messaging.campaign.domain.Campaigns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** In-memory ports for domain tests: the ledger, the campaigns and the published events. */
final class InMemoryLedger implements Messages, Campaigns, MessageEvents {

    record Published(String type, String messageId, MessageStatus status, String reason) {
    }

    final Map<String, Message> messages = new LinkedHashMap<>();
    final Map<Long, Campaign> campaigns = new LinkedHashMap<>();
    final List<MessageEvent> history = new ArrayList<>();
    final List<Published> published = new ArrayList<>();

    @Override
    public boolean add(Message message) {
        boolean taken = messages.values().stream().anyMatch(m -> Objects.equals(m.jobId(), message.jobId())
                && m.attempt() == message.attempt());
        if (taken) {
            return false;
        }
        messages.put(message.messageId(), message);
        return true;
    }

    @Override
    public Optional<Message> lockByJob(long jobId, int attempt) {
        return messages.values().stream()
                .filter(m -> Objects.equals(m.jobId(), jobId) && m.attempt() == attempt).findFirst();
    }

    @Override
    public Optional<Message> lockById(String messageId) {
        return Optional.ofNullable(messages.get(messageId));
    }

    @Override
    public Optional<Message> lockByProviderMessageId(String providerMessageId) {
        return messages.values().stream().filter(m -> providerMessageId.equals(m.providerMessageId())).findFirst();
    }

    @Override
    public List<Message> lockDue(Instant now, int limit) {
        return messages.values().stream()
                .filter(m -> m.status() == MessageStatus.PENDING && !m.sendAfter().isAfter(now))
                .filter(m -> m.campaignId() == null || find(m.campaignId()).map(Campaign::isActive).orElse(false))
                .sorted(Comparator.comparing(Message::sendAfter))
                .limit(limit).toList();
    }

    @Override
    public List<Message> lockStaleSending(Instant before, int limit) {
        return messages.values().stream()
                .filter(m -> m.status() == MessageStatus.SENDING && m.sendingSince().isBefore(before))
                .limit(limit).toList();
    }

    @Override
    public void update(Message message) {
        messages.put(message.messageId(), message);
    }

    @Override
    public void recordEvent(MessageEvent event) {
        history.add(event);
    }

    @Override
    public boolean save(Campaign campaign) {
        Campaign held = campaigns.get(campaign.campaignId());
        if (held != null && held.version() >= campaign.version()) {
            return false;
        }
        campaigns.put(campaign.campaignId(), campaign);
        return true;
    }

    @Override
    public Optional<Campaign> find(long campaignId) {
        return Optional.ofNullable(campaigns.get(campaignId));
    }

    @Override
    public void accepted(Message message) {
        published.add(new Published("MessageAccepted", message.messageId(), null, null));
    }

    @Override
    public void statusChanged(Message message, MessageStatus status, StatusDetails details) {
        published.add(new Published("MessageStatusChanged", message.messageId(), status, details.reason()));
    }

    Message only() {
        assert messages.size() == 1;
        return messages.values().iterator().next();
    }
}
