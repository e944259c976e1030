package com.voxhub.webhook.provider.mailgateway;

import com.voxhub.webhook.callback.domain.CallbackRefused;
import com.voxhub.webhook.callback.domain.Channel;
import com.voxhub.webhook.callback.domain.EventIds;
import com.voxhub.webhook.callback.domain.EventType;
import com.voxhub.webhook.callback.domain.FieldLimits;
import com.voxhub.webhook.callback.domain.ProviderEvent;
import com.voxhub.webhook.callback.domain.RefusalReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 001's {@code POST /communications/email/v1/events}: one EmailEvent object, or an array of them (the gateway
 * batches like SendGrid). The seed names fields in camelCase (eventId, messageId, smtpId, machineOpen, urlOffset)
 * and, in its per-event schemas, SendGrid's snake_case (sg_event_id, sg_message_id, smtp-id, sg_machine_open);
 * both are read. A body is accepted or refused whole.
 */
public class MailGatewayEventParser {

    /** The seed's eventId has maxLength 100. */
    static final int EVENT_ID_MAX = 100;
    /** Events the seed requires a timestamp of. */
    private static final Set<String> TIMESTAMPED = Set.of("delivered", "open", "click", "bounce");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FieldLimits limits;

    public MailGatewayEventParser(FieldLimits limits) {
        this.limits = limits;
    }

    public List<ProviderEvent> parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw malformed("Body is not valid JSON");
        }
        if (root == null || !(root.isArray() || root.isObject())) {
            throw malformed("Body must be an email event or an array of them");
        }
        List<JsonNode> items = root.isArray() ? root.valueStream().toList() : List.of(root);
        if (items.isEmpty()) {
            throw malformed("Body must carry at least one event");
        }
        List<ProviderEvent> events = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            if (!item.isObject()) {
                throw malformed("Every event must be a JSON object");
            }
            events.add(toEvent(item));
        }
        return events;
    }

    private ProviderEvent toEvent(JsonNode event) {
        String name = required(event, "event");
        limits.id(MailGatewayReplyParser.PROVIDER, "event", name);
        String email = limits.address(MailGatewayReplyParser.PROVIDER, "email", required(event, "email"));
        String lowerName = name.toLowerCase(Locale.ROOT);
        Instant timestamp = timestamp(event);
        if (timestamp == null && TIMESTAMPED.contains(lowerName)) {
            throw malformed("A " + lowerName + " event needs a timestamp");
        }
        EventType type = MailGatewayEventTypes.of(lowerName);
        String eventId = FieldLimits.check(MailGatewayReplyParser.PROVIDER, "eventId",
                text(event, "eventId", "sg_event_id", "sgEventId"), EVENT_ID_MAX);
        if (eventId == null) {
            eventId = EventIds.contentHash(JSON.writeValueAsBytes(event));
        }
        String url = limits.text(MailGatewayReplyParser.PROVIDER, "url", text(event, "url"));
        String status = limits.id(MailGatewayReplyParser.PROVIDER, "status", text(event, "status"));
        String reason = limits.text(MailGatewayReplyParser.PROVIDER, "reason", text(event, "reason"));
        String response = limits.text(MailGatewayReplyParser.PROVIDER, "response", text(event, "response"));
        return ProviderEvent.builder(MailGatewayReplyParser.PROVIDER, eventId, messageId(event), Channel.EMAIL, type)
                .reference(limits.id(MailGatewayReplyParser.PROVIDER, "reference", text(event, "reference")))
                .bounceType(MailGatewayEventTypes.bounceType(lowerName, text(event, "type")))
                .machineOpen(bool(event, "machineOpen") || bool(event, "sg_machine_open"))
                .url(type == EventType.CLICKED ? url : null)
                .errorCode(type == EventType.BOUNCED || type == EventType.DROPPED ? status : null)
                .errorMessage(switch (type) {
                    case BOUNCED, DROPPED -> reason != null ? reason : response;
                    case DEFERRED -> response;
                    default -> null;
                })
                .to(email)
                .providerTimestamp(timestamp)
                .sequence(longValue(event, "attempt"))
                .build();
    }

    /** The provider's message id up to the first dot (SendGrid's filter suffix), else the SMTP id. */
    private String messageId(JsonNode event) {
        String id = limits.id(MailGatewayReplyParser.PROVIDER, "messageId",
                text(event, "messageId", "sg_message_id", "sgMessageId"));
        if (id != null) {
            int dot = id.indexOf('.');
            return dot < 0 ? id : id.substring(0, dot);
        }
        String smtpId = limits.id(MailGatewayReplyParser.PROVIDER, "smtpId", text(event, "smtpId", "smtp-id"));
        return smtpId == null ? "" : smtpId.replaceAll("^<|>$", "");
    }

    private static String required(JsonNode event, String name) {
        String value = text(event, name);
        if (value == null) {
            throw malformed("Every event needs \"" + name + "\"");
        }
        return value;
    }

    private static Instant timestamp(JsonNode event) {
        JsonNode value = event.get("timestamp");
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return Instant.ofEpochSecond(value.asLong());
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(value.asString().trim()));
        } catch (NumberFormatException e) {
            throw malformed("\"timestamp\" must be unix seconds");
        }
    }

    private static Long longValue(JsonNode event, String name) {
        JsonNode value = event.get(name);
        return value != null && value.isIntegralNumber() ? value.asLong() : null;
    }

    private static boolean bool(JsonNode event, String name) {
        JsonNode value = event.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        return value.isBoolean() ? value.booleanValue() : "true".equalsIgnoreCase(value.asString());
    }

    /** The first of the names present with a non-blank scalar value. */
    private static String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull() && value.isValueNode()) {
                String text = value.asString();
                if (!text.isBlank()) {
                    return text;
                }
            }
        }
        return null;
    }

    private static CallbackRefused malformed(String message) {
        return new CallbackRefused(MailGatewayReplyParser.PROVIDER, RefusalReason.MALFORMED_BODY, message);
    }
}
