package com.voxhub.sandbox.sendgrid;

import com.voxhub.sandbox.sendgrid.SendGridErrors.Error;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Validates a v3 Mail Send body the way SendGrid does (all problems at once) and extracts a {@link MailSend}. */
final class MailParser {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private MailParser() {
    }

    record Result(MailSend mail, List<Error> errors) {
    }

    static Result parse(JsonNode root) {
        List<Error> errors = new ArrayList<>();
        boolean template = root.path("template_id").isString();
        List<MailSend.Personalization> personalizations = personalizations(root.path("personalizations"), errors);
        String from = root.path("from").path("email").asString(null);
        if (from == null) {
            errors.add(new Error("The from object must be provided for every email send. It is an object that "
                    + "requires the email parameter, but may also contain a name parameter.  e.g. "
                    + "{\"email\" : \"example@example.com\"}  or {\"email\" : \"example@example.com\", "
                    + "\"name\" : \"Example Recipient\"}.", "from.email", SendGridErrors.HELP + "#message.from"));
        } else if (!EMAIL.matcher(from).matches()) {
            errors.add(new Error("The from email does not contain a valid address.", "from.email",
                    SendGridErrors.HELP + "#message.from"));
        }
        String subject = root.path("subject").asString(null);
        if (!template && subject == null && personalizations.stream().anyMatch(p -> p.subject() == null)) {
            errors.add(new Error("The subject is required. You can get around this requirement if you use a "
                    + "template with a subject defined or if every personalization has a subject defined.",
                    "subject", SendGridErrors.HELP + "#message.subject"));
        }
        Map<String, String> contents = contents(root.path("content"), template, errors);
        MailSend mail = errors.isEmpty()
                ? new MailSend(personalizations, from, subject, contents.get("text/plain"), contents.get("text/html"),
                        categories(root.path("categories")), strings(root.path("custom_args")),
                        flag(root.path("tracking_settings").path("open_tracking")),
                        flag(root.path("tracking_settings").path("click_tracking")))
                : null;
        return new Result(mail, errors);
    }

    private static List<MailSend.Personalization> personalizations(JsonNode node, List<Error> errors) {
        String help = SendGridErrors.HELP + "#message.personalizations";
        if (!node.isArray() || node.isEmpty()) {
            errors.add(new Error("The personalizations field is required and must have at least one "
                    + "personalization.", "personalizations", help));
            return List.of();
        }
        if (node.size() > 1000) {
            errors.add(new Error("The personalization block is limited to 1000 personalizations per API request. "
                    + "You have provided " + node.size() + " personalizations. Please consider splitting this "
                    + "into multiple requests and resending your request.", "personalizations", help));
            return List.of();
        }
        List<MailSend.Personalization> all = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode p = node.get(i);
            JsonNode to = p.path("to");
            if (!to.isArray() || to.isEmpty()) {
                errors.add(new Error("The to array is required for all personalization objects, and must have at "
                        + "least one email object with a valid email address.", "personalizations." + i + ".to",
                        help + ".to"));
                continue;
            }
            List<String> recipients = new ArrayList<>();
            for (String kind : List.of("to", "cc", "bcc")) {
                JsonNode list = p.path(kind);
                for (int j = 0; j < list.size(); j++) {
                    String email = list.get(j).path("email").asString(null);
                    if (email == null || !EMAIL.matcher(email).matches()) {
                        errors.add(new Error("Does not contain a valid address.",
                                "personalizations." + i + "." + kind + "." + j + ".email", help + "." + kind));
                    } else {
                        recipients.add(email);
                    }
                }
            }
            all.add(new MailSend.Personalization(recipients, p.path("subject").asString(null),
                    strings(p.path("custom_args"))));
        }
        return all;
    }

    private static Map<String, String> contents(JsonNode node, boolean template, List<Error> errors) {
        String help = SendGridErrors.HELP + "#message.content";
        Map<String, String> byType = new LinkedHashMap<>();
        if (!node.isArray() || node.isEmpty()) {
            if (!template) {
                errors.add(new Error("Unless a valid template_id is provided, the content parameter is required. "
                        + "There must be at least one defined content block. We typically suggest both text/plain "
                        + "and text/html blocks are included, but only one block is required.", "content", help));
            }
            return byType;
        }
        for (int i = 0; i < node.size(); i++) {
            String type = node.get(i).path("type").asString("");
            String value = node.get(i).path("value").asString("");
            if (value.isEmpty()) {
                errors.add(new Error("The content value must be a string at least one character in length.",
                        "content." + i + ".value", help + ".value"));
            }
            if ("text/plain".equals(type) && i > 0) {
                errors.add(new Error("If present, text/plain content must be first, followed by text/html, "
                        + "followed by any other content.", "content." + i + ".type", help + ".type"));
            }
            byType.putIfAbsent(type, value);
        }
        return byType;
    }

    private static List<String> categories(JsonNode node) {
        List<String> categories = new ArrayList<>();
        node.values().forEach(c -> categories.add(c.asString()));
        return categories;
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        if (node.isObject()) {
            node.properties().forEach(e -> values.put(e.getKey(), e.getValue().asString()));
        }
        return values;
    }

    private static Boolean flag(JsonNode tracking) {
        JsonNode enable = tracking.path("enable");
        return enable.isBoolean() ? enable.booleanValue() : null;
    }
}
