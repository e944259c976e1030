package com.voxhub.sandbox.sendgrid;

import com.voxhub.sandbox.outcome.EmailOutcome;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds Event Webhook events with SendGrid's field names for one recipient of one send. */
final class EmailEvents {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");
    private static final String USER_AGENT =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

    private EmailEvents() {
    }

    /** Who gets which events: one recipient of one personalization of one send. */
    record Recipient(String email, String messageId, int index, EmailOutcome outcome, List<String> categories,
                     Map<String, String> customArgs, boolean openTracking, boolean clickTracking, String link) {
    }

    /** The events, in order, this recipient produces; one Event Webhook post per stage. */
    static List<String> stagesOf(Recipient r) {
        List<String> stages = new ArrayList<>(List.of("processed"));
        if (r.outcome() == EmailOutcome.BOUNCE) {
            stages.add("bounce");
            return stages;
        }
        stages.add("delivered");
        boolean opens = r.outcome() == EmailOutcome.OPEN || r.outcome() == EmailOutcome.CLICK;
        if (opens && r.openTracking()) {
            stages.add("open");
        }
        if (r.outcome() == EmailOutcome.CLICK && r.clickTracking()) {
            stages.add("click");
        }
        return stages;
    }

    static Map<String, Object> event(Recipient r, String event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("email", r.email());
        json.put("timestamp", Instant.now().getEpochSecond());
        json.put("smtp-id", "<" + r.messageId() + "@ismtpd-sandbox>");
        json.put("event", event);
        if (!r.categories().isEmpty()) {
            json.put("category", r.categories().size() == 1 ? r.categories().get(0) : r.categories());
        }
        json.put("sg_event_id", eventId());
        // One X-Message-Id per request; each recipient's message gets its own suffix, as SendGrid does.
        json.put("sg_message_id", r.messageId() + ".recvd-sandbox-" + r.index() + "-"
                + Long.toHexString(Instant.now().getEpochSecond()).toUpperCase() + "-" + r.index() + ".0");
        switch (event) {
            case "delivered" -> {
                json.put("response", "250 2.0.0 OK");
                json.put("tls", 1);
                json.put("ip", "127.0.0.1");
            }
            case "bounce" -> {
                json.put("type", "bounce");
                json.put("status", "5.1.1");
                json.put("reason", "550 5.1.1 The email account that you tried to reach does not exist.");
                json.put("bounce_classification", "Invalid Address");
                json.put("tls", 1);
                json.put("ip", "127.0.0.1");
            }
            case "open", "click" -> {
                json.put("useragent", USER_AGENT);
                json.put("ip", "127.0.0.1");
                json.put("sg_machine_open", false);
                if ("click".equals(event)) {
                    json.remove("sg_machine_open");
                    json.put("url", r.link());
                    json.put("url_offset", Map.of("index", 0, "type", "html"));
                }
            }
            default -> { }
        }
        // Custom args ride along as top-level fields; they never replace SendGrid's own fields.
        r.customArgs().forEach(json::putIfAbsent);
        return json;
    }

    /** The first link of the email, which the emulated recipient clicks. */
    static String firstLink(String html, String text) {
        for (String content : new String[] {html, text}) {
            if (content != null) {
                Matcher m = LINK.matcher(content);
                if (m.find()) {
                    return m.group();
                }
            }
        }
        return "https://example.com/";
    }

    static String newMessageId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String eventId() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
