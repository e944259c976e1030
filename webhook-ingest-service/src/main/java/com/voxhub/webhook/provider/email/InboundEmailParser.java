package com.voxhub.webhook.provider.email;

import com.voxhub.webhook.callback.domain.CallbackRefused;
import com.voxhub.webhook.callback.domain.Channel;
import com.voxhub.webhook.callback.domain.EventIds;
import com.voxhub.webhook.callback.domain.FieldLimits;
import com.voxhub.webhook.callback.domain.InboundReply;
import com.voxhub.webhook.callback.domain.RefusalReason;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An inbound email posted as SendGrid Inbound Parse does it (multipart/form-data: to, from, cc, subject, envelope,
 * charsets, sender_ip, SPF, and either the raw MIME message in {@code email} or its parts in text/html/headers),
 * which is also the format of seed 001's reply webhook. The reply's id is the email's Message-ID, stable across a
 * gateway's retries; without one, a hash of the content.
 */
public class InboundEmailParser {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FieldLimits limits;

    public InboundEmailParser(FieldLimits limits) {
        this.limits = limits;
    }

    public MultipartForm form(String provider, byte[] body, String contentType) {
        return MultipartForm.parse(body, contentType, InboundEmailParser::charsets)
                .orElseThrow(() -> malformed(provider, "Body is not readable multipart/form-data"));
    }

    public InboundReply reply(String provider, MultipartForm form, Long accountId) {
        JsonNode envelope = envelope(provider, form.get("envelope"));
        String from = Addresses.first(limits.address(provider, "from", form.get("from")))
                .or(() -> Addresses.first(text(envelope, "from")))
                .orElseThrow(() -> malformed(provider, "from must name a sender address"));
        String to = Addresses.first(limits.address(provider, "to", form.get("to")))
                .or(() -> Addresses.first(firstRecipient(envelope)))
                .orElseThrow(() -> malformed(provider, "to must name a recipient address"));
        limits.address(provider, "cc", form.get("cc"));
        String subject = limits.address(provider, "subject", form.get("subject"));

        String rawEmail = form.get("email");
        String messageId = null;
        String inReplyTo = null;
        String text;
        if (rawEmail != null) {
            RawEmail parsed = RawEmail.parse(rawEmail).orElseThrow(() -> malformed(provider, "email is not a readable message"));
            messageId = parsed.messageId();
            inReplyTo = parsed.inReplyTo();
            text = parsed.text();
        } else {
            String headers = form.get("headers");
            if (headers != null) {
                RawEmail parsed = RawEmail.parse(headers.strip() + "\r\n\r\n").orElse(null);
                if (parsed != null) {
                    messageId = parsed.messageId();
                    inReplyTo = parsed.inReplyTo();
                }
            }
            text = form.get("text") != null ? form.get("text") : RawEmail.stripTags(form.get("html"));
        }
        limits.id(provider, "Message-ID", messageId);
        limits.id(provider, "In-Reply-To", inReplyTo);
        limits.body(provider, "text", text);
        String id = messageId != null ? messageId : EventIds.contentHash(
                String.join("\n", from, to, String.valueOf(subject), String.valueOf(rawEmail != null ? rawEmail : text))
                        .getBytes(StandardCharsets.UTF_8));
        return new InboundReply(provider, id, Channel.EMAIL, accountId, from, to, text, subject, inReplyTo);
    }

    /** SendGrid's {@code charsets} field: a JSON object naming each field's charset. */
    static Map<String, String> charsets(Map<String, byte[]> raw) {
        byte[] value = raw.get("charsets");
        Map<String, String> charsets = new LinkedHashMap<>();
        if (value == null) {
            return charsets;
        }
        try {
            JsonNode node = JSON.readTree(value);
            if (node != null && node.isObject()) {
                node.properties().forEach(entry -> {
                    if (entry.getValue().isString()) {
                        charsets.put(entry.getKey(), entry.getValue().asString());
                    }
                });
            }
        } catch (JacksonException e) {
            // unreadable charsets: every field is read as UTF-8
        }
        return charsets;
    }

    private JsonNode envelope(String provider, String envelope) {
        if (envelope == null) {
            return null;
        }
        limits.address(provider, "envelope", envelope);
        try {
            JsonNode node = JSON.readTree(envelope);
            if (node == null || !node.isObject()) {
                throw malformed(provider, "envelope must be a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw malformed(provider, "envelope must be a JSON object");
        }
    }

    private static String firstRecipient(JsonNode envelope) {
        JsonNode to = envelope == null ? null : envelope.get("to");
        if (to == null) {
            return null;
        }
        if (to.isArray()) {
            List<JsonNode> values = to.valueStream().toList();
            return values.isEmpty() || !values.get(0).isString() ? null : values.get(0).asString();
        }
        return to.isString() ? to.asString() : null;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node == null ? null : node.get(name);
        return value == null || !value.isString() ? null : value.asString();
    }

    static CallbackRefused malformed(String provider, String message) {
        return new CallbackRefused(provider, RefusalReason.MALFORMED_BODY, message);
    }
}
