package com.voxhub.messaging.message.web;

import com.voxhub.messaging.message.domain.MessageHistory;
import com.voxhub.messaging.message.domain.MessageStatus;

import java.util.LinkedHashMap;
import java.util.Map;

/** How a message's history reads in seed-001 activity answers (SendGrid's event names for email). */
final class ActivityNames {

    private ActivityNames() {
    }

    static String emailEvent(MessageHistory.Activity activity) {
        MessageStatus status = activity.status();
        if (status == null) {
            return activity.type().toLowerCase();
        }
        return switch (status) {
            case ACCEPTED -> "processed";
            case OPENED -> "open";
            case CLICKED -> "click";
            case BOUNCED -> "bounce";
            case SPAM_COMPLAINT -> "spamreport";
            case UNSUBSCRIBED -> "unsubscribe";
            case FAILED -> "dropped";
            default -> status.name().toLowerCase();
        };
    }

    /** The details every activity carries, whatever the channel, in the order they happened. */
    static Map<String, Object> details(MessageHistory.Activity activity) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("status", activity.status() == null ? null : activity.status().name());
        item.put("applied", activity.applied());
        item.put("source", activity.source());
        item.put("reason", activity.reason());
        item.put("url", activity.url());
        item.put("machineOpen", activity.machineOpen());
        item.put("bounceType", activity.bounceType());
        item.put("createdDate", (activity.providerTimestamp() != null ? activity.providerTimestamp()
                : activity.recordedAt()).toEpochMilli());
        return item;
    }

    /** Seed-001 SMS activity: "Delivered", "Read", "Undelivered", ... */
    static String label(MessageStatus status) {
        String name = status.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
