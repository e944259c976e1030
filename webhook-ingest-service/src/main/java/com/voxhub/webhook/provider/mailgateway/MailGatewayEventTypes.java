package com.voxhub.webhook.provider.mailgateway;

import com.voxhub.webhook.callback.domain.EventType;

/**
 * Seed 001's email event names on our vocabulary. apply_click is a click on the job's apply link: CLICKED with its
 * url. applicant (the recipient applied) is not a delivery event and has no symbol in ProviderEventType yet: it is
 * published as UNKNOWN (consumers ignore it; the raw callback is archived). The gateway also relays SendGrid's
 * other names, which map as SendGrid's do.
 */
final class MailGatewayEventTypes {

    private MailGatewayEventTypes() {
    }

    static EventType of(String event) {
        return switch (event) {
            case "processed" -> EventType.SENT;
            case "delivered" -> EventType.DELIVERED;
            case "deferred" -> EventType.DEFERRED;
            case "bounce", "blocked" -> EventType.BOUNCED;
            case "dropped" -> EventType.DROPPED;
            case "open" -> EventType.OPENED;
            case "click", "apply_click" -> EventType.CLICKED;
            case "spamreport" -> EventType.SPAM_COMPLAINT;
            case "unsubscribe", "group_unsubscribe" -> EventType.UNSUBSCRIBED;
            default -> EventType.UNKNOWN;
        };
    }

    /** A bounce's "type": bounce (hard, permanent) or blocked (block); legacy event "blocked" is a block. */
    static String bounceType(String event, String type) {
        if (event.equals("blocked")) {
            return "block";
        }
        if (!event.equals("bounce")) {
            return null;
        }
        return "blocked".equalsIgnoreCase(type) ? "block" : "hard";
    }
}
