package com.voxhub.webhook.callback.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** What one verified callback yields: its raw archive record and the normalized events it carries. */
public record AcceptedCallback(RawCallback raw, List<ProviderEvent> events, List<InboundReply> replies) {

    public AcceptedCallback {
        events = List.copyOf(events);
        replies = List.copyOf(replies);
    }

    public static AcceptedCallback ofEvents(RawCallback raw, List<ProviderEvent> events) {
        return new AcceptedCallback(raw, events, List.of());
    }

    public static AcceptedCallback ofReply(RawCallback raw, InboundReply reply) {
        return new AcceptedCallback(raw, List.of(), List.of(reply));
    }

    public String provider() {
        return raw.provider();
    }

    /** The eventIds of every normalized record (events and replies), in order. */
    public List<UUID> eventIds() {
        return Stream.concat(events.stream().map(ProviderEvent::eventId), replies.stream().map(InboundReply::eventId))
                .toList();
    }

    /** The same callback without the records already published; the raw archive record always stays. */
    public AcceptedCallback without(Set<UUID> published) {
        if (published.isEmpty()) {
            return this;
        }
        return new AcceptedCallback(raw,
                events.stream().filter(event -> !published.contains(event.eventId())).toList(),
                replies.stream().filter(reply -> !published.contains(reply.eventId())).toList());
    }
}
