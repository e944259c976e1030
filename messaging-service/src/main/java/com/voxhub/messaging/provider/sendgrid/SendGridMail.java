package com.voxhub.messaging.provider.sendgrid;

import com.voxhub.messaging.email.domain.EmailRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The v3 Mail Send body for one email; our message id travels as {@code custom_args.reference}. */
final class SendGridMail {

    private SendGridMail() {
    }

    static Map<String, Object> body(EmailRequest request) {
        Map<String, Object> personalization = new LinkedHashMap<>();
        personalization.put("to", List.of(Map.of("email", request.to())));
        personalization.put("custom_args", Map.of("reference", request.messageId()));

        List<Map<String, String>> content = new ArrayList<>();
        // SendGrid requires text/plain before text/html.
        if (request.text() != null && !request.text().isBlank()) {
            content.add(Map.of("type", "text/plain", "value", request.text()));
        }
        content.add(Map.of("type", "text/html", "value", request.html()));

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personalizations", List.of(personalization));
        body.put("from", Map.of("email", request.from()));
        body.put("subject", request.subject());
        body.put("content", content);
        if (request.unsubscribeUrl() != null) {
            body.put("headers", Map.of(
                    "List-Unsubscribe", "<" + request.unsubscribeUrl() + ">",
                    "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        }
        return body;
    }
}
