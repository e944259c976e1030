package com.voxhub.sandbox.sendgrid;

import java.util.List;
import java.util.Map;

/** The parts of a v3 Mail Send body the sandbox acts on. Tracking flags are null when not given. */
record MailSend(List<Personalization> personalizations, String from, String subject, String text, String html,
                List<String> categories, Map<String, String> customArgs, Boolean openTracking,
                Boolean clickTracking) {

    record Personalization(List<String> recipients, String subject, Map<String, String> customArgs) {
    }

    List<String> allRecipients() {
        return personalizations.stream().flatMap(p -> p.recipients().stream()).toList();
    }

    /** Our reference: {@code custom_args.reference}, a personalization's value winning over the top level. */
    String reference() {
        for (Personalization p : personalizations) {
            if (p.customArgs().containsKey("reference")) {
                return p.customArgs().get("reference");
            }
        }
        return customArgs.get("reference");
    }

    String subjectOf(Personalization p) {
        return p.subject() != null ? p.subject() : subject;
    }
}
