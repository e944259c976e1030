package com.voxhub.webhook.provider.sendgrid;

import com.voxhub.webhook.callback.domain.EventType;
import java.util.Locale;

/** SendGrid's event names mapped onto our vocabulary. */
final class SendGridEventTypes {

    private SendGridEventTypes() {
    }

    /**
     * processed means SendGrid accepted the message and will attempt delivery: the same point as Twilio's "sent"
     * (handed to the next hop), so SENT rather than QUEUED. group_resubscribe and unknown names map to UNKNOWN.
     */
    static EventType of(String event) {
        return switch (event.toLowerCase(Locale.ROOT)) {
            case "processed" -> EventType.SENT;
            case "delivered" -> EventType.DELIVERED;
            case "deferred" -> EventType.DEFERRED;
            case "bounce", "blocked" -> EventType.BOUNCED;
            case "dropped" -> EventType.DROPPED;
            case "open" -> EventType.OPENED;
            case "click" -> EventType.CLICKED;
            case "spamreport" -> EventType.SPAM_COMPLAINT;
            case "unsubscribe", "group_unsubscribe" -> EventType.UNSUBSCRIBED;
            default -> EventType.UNKNOWN;
        };
    }

    /**
     * A bounce event's "type" tells a permanent rejection ("bounce": hard) from a block by the receiving server
     * ("blocked": block, often temporary reputation or content filtering). Older payloads used event "blocked".
     */
    static String bounceType(String event, String type) {
        String name = event.toLowerCase(Locale.ROOT);
        if (name.equals("blocked")) {
            return "block";
        }
        if (!name.equals("bounce")) {
            return null;
        }
        return "blocked".equalsIgnoreCase(type) ? "block" : "hard";
    }
}
