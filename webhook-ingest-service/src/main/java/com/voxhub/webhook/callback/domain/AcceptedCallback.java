package com.voxhub.webhook.callback.domain;

import java.util.List;

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
}
