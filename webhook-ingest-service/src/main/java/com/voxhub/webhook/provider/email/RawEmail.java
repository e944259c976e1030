package com.voxhub.webhook.provider.email;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * What we need of a raw RFC 5322 email (a reply): its Message-ID (stable across the gateway's retries), the
 * Message-ID it answers (In-Reply-To, else the last of References) and its text. Angle brackets are removed.
 */
public record RawEmail(String messageId, String inReplyTo, String text) {

    private static final Session SESSION = Session.getInstance(new Properties());

    public static Optional<RawEmail> parse(String raw) {
        try {
            MimeMessage message = new MimeMessage(SESSION,
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            String inReplyTo = header(message, "In-Reply-To");
            if (inReplyTo == null) {
                String references = header(message, "References");
                if (references != null) {
                    String[] ids = references.trim().split("\\s+");
                    inReplyTo = ids[ids.length - 1];
                }
            }
            return Optional.of(new RawEmail(bare(header(message, "Message-ID")), bare(inReplyTo), text(message)));
        } catch (MessagingException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The first text/plain part, else the first text/html part without its tags. */
    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
                    continue;
                }
                String text = text(child);
                if (text != null && !child.isMimeType("text/html")) {
                    return text;
                }
                if (html == null) {
                    html = text;
                }
            }
            return html;
        }
        if (part.isMimeType("text/html")) {
            return stripTags(String.valueOf(part.getContent()));
        }
        return null;
    }

    public static String stripTags(String html) {
        return html == null ? null : html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", "")
                .replaceAll("<[^>]+>", " ").replaceAll("[ \\t]+", " ").strip();
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, null);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String bare(String id) {
        return id == null ? null : id.trim().replaceAll("^<|>$", "");
    }
}
