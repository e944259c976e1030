package com.voxhub.campaign.sourcing.web;

import com.voxhub.campaign.sourcing.domain.InviteStatus;
import com.voxhub.campaign.sourcing.domain.RegistrationService.Registration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The candidate's page: plain server-rendered HTML, one small form, no script. Every value is escaped. */
final class RegistrationPage {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RegistrationPage() {
    }

    static String form(Registration r, String token, String error) {
        String greeting = r.invite().firstName() == null ? "Hello," : "Hello " + escape(r.invite().firstName()) + ",";
        StringBuilder body = new StringBuilder()
                .append("<h1>").append(escape(r.campaign().name())).append("</h1>")
                .append("<p>").append(greeting).append(" you were invited to take part. Confirm below and we will call you")
                .append(" on the number this message reached.</p>");
        if (error != null) {
            body.append("<p class=\"error\" role=\"alert\">").append(escape(error)).append("</p>");
        }
        body.append("<form method=\"post\" action=\"/r/").append(escape(token)).append("\">")
                .append("<label for=\"preferred_time\">Preferred time (optional, ").append(escape(r.zone().getId()))
                .append(")</label>")
                .append("<input type=\"datetime-local\" id=\"preferred_time\" name=\"preferred_time\">")
                .append("<button type=\"submit\" name=\"confirm\" value=\"yes\">Confirm and get a call</button>")
                .append("</form>");
        return page(r.campaign().name(), body.toString());
    }

    static String registered(Registration r) {
        String when = r.invite().preferredTime() == null ? "soon"
                : "at " + SHOWN.format(r.invite().preferredTime().atZone(r.zone()).truncatedTo(ChronoUnit.MINUTES))
                + " (" + escape(r.zone().getId()) + ")";
        return page(r.campaign().name(), "<h1>" + escape(r.campaign().name()) + "</h1>"
                + "<p>Thank you, you are registered. We will call you " + when + ".</p>");
    }

    static String show(Registration r, String token) {
        return r.invite().status() == InviteStatus.REGISTERED ? registered(r) : form(r, token, null);
    }

    static String message(String title, String text) {
        return page(title, "<h1>" + escape(title) + "</h1><p>" + escape(text) + "</p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + escape(title) + "</title>"
                + "<style>body{font-family:sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}"
                + "label,input,button{display:block;margin:.5rem 0}.error{color:#b00020}</style></head><body>"
                + body + "</body></html>";
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
