package com.voxhub.webhook.provider.email;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The text fields of a multipart/form-data body, parsed from the bytes as received (so the archive can be re-parsed
 * on replay). Files (parts with a filename: attachments) are counted, not kept. A field's charset is its part's
 * own, else what {@code charsetOf} says (SendGrid's {@code charsets} field), else UTF-8.
 */
public record MultipartForm(Map<String, String> fields, int attachments) {

    public static Optional<MultipartForm> parse(byte[] body, String contentType,
                                                Function<Map<String, byte[]>, Map<String, String>> charsets) {
        try {
            MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(body, contentType));
            Map<String, byte[]> raw = new LinkedHashMap<>();
            Map<String, String> declared = new LinkedHashMap<>();
            int attachments = 0;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String[] disposition = part.getHeader("Content-Disposition");
                if (disposition == null || disposition.length == 0) {
                    continue;
                }
                ContentDisposition parsed = new ContentDisposition(disposition[0]);
                String name = parsed.getParameter("name");
                if (name == null) {
                    continue;
                }
                if (parsed.getParameter("filename") != null) {
                    attachments++;
                    continue;
                }
                raw.putIfAbsent(name, part.getInputStream().readAllBytes());
                String partType = part.getContentType();
                if (partType != null) {
                    String charset = new ContentType(partType).getParameter("charset");
                    if (charset != null) {
                        declared.put(name, charset);
                    }
                }
            }
            Map<String, String> fromCharsets = charsets.apply(raw);
            Map<String, String> fields = new LinkedHashMap<>();
            raw.forEach((name, bytes) -> fields.put(name,
                    new String(bytes, charset(declared.getOrDefault(name, fromCharsets.get(name))))));
            return Optional.of(new MultipartForm(Collections.unmodifiableMap(fields), attachments));
        } catch (MessagingException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public String get(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static Charset charset(String name) {
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
