package com.voxhub.campaign.vms.domain;

import com.voxhub.campaign.job.domain.PhoneNumbers;
import com.voxhub.campaign.vms.domain.VmsValidationException.Problem;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a seed-003 payload the way the product says it does: it casts wrong types (a number where a string is
 * expected, "true"/1 for booleans), formats values (strips what a phone number or sender cannot hold, fixes the
 * case of a language), ignores what it cannot fix when a default exists (an invalid sender, an unreadable boolean,
 * an invalid recipient), and refuses only what it cannot send correctly (no text, an unknown voice, an unreadable
 * date) with a numbered error per field. Unknown fields are ignored.
 */
public final class VmsRequestParser {

    public static final int MAX_TEXT = 1224;
    public static final int MAX_RECIPIENTS = 1000;
    public static final Set<String> VOICE_LANGUAGES = Set.of("en-US", "en-GB", "el-GR", "pl-PL", "hu-HU", "sv-SE",
            "de-DE", "es-ES", "es-LA", "fr-FR", "it-IT", "pt-BR", "ru-RU");
    static final String DEFAULT_PURPOSE = "alert";
    static final String DEFAULT_TYPE = "voice_sms";
    static final String DEFAULT_GENDER = "female";
    static final String DEFAULT_LANGUAGE = "fr-FR";
    private static final long MAX_SCHEDULE_DAYS = 365;

    private VmsRequestParser() {
    }

    public static VmsOrder parse(Map<String, Object> body, Instant now) {
        Map<String, Problem> errors = new LinkedHashMap<>();
        Map<String, Object> in = body == null ? Map.of() : body;

        String text = text(in.get("text"), errors);
        List<String> recipients = recipients(in.get("recipients"), errors);
        String sender = sender(in.get("sender"));
        Instant sendAt = sendAt(in.get("send_at"), now, errors);
        String purpose = purpose(in.get("purpose"), errors);
        String type = choice(in.get("type"), DEFAULT_TYPE, Set.of("voice_sms"), "type", 461, "Type not supported.", errors);
        String gender = choice(in.get("voice_gender"), DEFAULT_GENDER, Set.of("male", "female"), "voice_gender", 441,
                "Voice gender not supported.", errors);
        String language = language(in.get("voice_language"), errors);
        boolean autoDelete = bool(in.get("auto_delete_optout_contacts"), false);
        boolean pressedKeys = bool(in.get("get_back_pressed_keys"), false);
        boolean simulation = bool(in.get("simulation_mode"), false);
        if (!errors.isEmpty()) {
            throw new VmsValidationException(errors);
        }
        return new VmsOrder(text, recipients, sender, sendAt, purpose, type, gender, language, autoDelete, pressedKeys,
                simulation);
    }

    private static String text(Object value, Map<String, Problem> errors) {
        String text = scalar(value);
        if (text != null) {
            // Control characters cannot be spoken: dropped, except line breaks (read as pauses).
            text = text.replaceAll("[\\p{Cc}&&[^\\n\\r\\t]]", "").strip();
        }
        if (text == null || text.isEmpty()) {
            errors.put("text", new Problem(420, "Text is required."));
            return null;
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            errors.put("text", new Problem(421, "Text must be from 1 to " + MAX_TEXT + " characters."));
            return null;
        }
        return text;
    }

    private static List<String> recipients(Object value, Map<String, Problem> errors) {
        List<?> items = value instanceof List<?> list ? list : value == null ? null : List.of(value);
        if (items == null || items.isEmpty()) {
            errors.put("recipients", new Problem(430, "Recipients are required."));
            return List.of();
        }
        if (items.size() > MAX_RECIPIENTS) {
            errors.put("recipients", new Problem(431, "Too many recipients: at most " + MAX_RECIPIENTS + " per request."));
            return List.of();
        }
        Set<String> phones = new LinkedHashSet<>();
        for (Object item : items) {
            Object raw = item instanceof Map<?, ?> contact ? contact.get("phone_number") : item;
            String phone = phone(scalar(raw));
            if (phone != null) {
                phones.add(phone);
            }
        }
        if (phones.isEmpty()) {
            errors.put("recipients", new Problem(432, "No valid phone number in recipients (international format, e.g. +33612345678)."));
        }
        return new ArrayList<>(phones);
    }

    /** International numbers only, as the seed writes them; separators dropped and a 00 prefix read as +. */
    static String phone(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replaceAll("[^0-9]", "");
        if (digits.isEmpty() || digits.length() > 17) {
            return null;
        }
        if (!raw.strip().startsWith("+") && digits.startsWith("00")) {
            digits = digits.substring(2);
        }
        return PhoneNumbers.toE164("+" + digits, null).orElse(null);
    }

    /** 3-11 characters a-zA-Z0-9 once others are removed; otherwise ignored (the platform's default sender). */
    private static String sender(Object value) {
        String sender = scalar(value);
        if (sender == null) {
            return null;
        }
        String cleaned = sender.replaceAll("[^a-zA-Z0-9]", "");
        if (cleaned.length() > 11) {
            cleaned = cleaned.substring(0, 11);
        }
        return cleaned.length() < 3 ? null : cleaned;
    }

    private static Instant sendAt(Object value, Instant now, Map<String, Problem> errors) {
        String text = scalar(value);
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant at = instant(text.strip());
        if (at == null) {
            errors.put("send_at", new Problem(450, "Invalid send_at: use ISO 8601, e.g. 2018-10-03T07:42:39-07:00."));
            return null;
        }
        if (at.isAfter(now.plus(MAX_SCHEDULE_DAYS, ChronoUnit.DAYS))) {
            errors.put("send_at", new Problem(451, "send_at is more than " + MAX_SCHEDULE_DAYS + " days ahead."));
            return null;
        }
        return at.isAfter(now) ? at : null; // a time already past means now
    }

    private static Instant instant(String text) {
        if (text.chars().allMatch(Character::isDigit) && text.length() <= 12) {
            return Instant.ofEpochSecond(Long.parseLong(text));
        }
        try {
            return OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private static String purpose(Object value, Map<String, Problem> errors) {
        String purpose = scalar(value);
        if (purpose == null || purpose.isBlank()) {
            return DEFAULT_PURPOSE;
        }
        return switch (purpose.strip().toLowerCase(Locale.ROOT)) {
            case "alert", "transactional" -> "alert";
            case "wholesale", "marketing" -> "wholesale";
            default -> {
                errors.put("purpose", new Problem(460, "Purpose not supported."));
                yield null;
            }
        };
    }

    private static String language(Object value, Map<String, Problem> errors) {
        String language = scalar(value);
        if (language == null || language.isBlank()) {
            return DEFAULT_LANGUAGE;
        }
        String[] parts = language.strip().split("[-_]");
        String normalized = parts.length == 2
                ? parts[0].toLowerCase(Locale.ROOT) + "-" + parts[1].toUpperCase(Locale.ROOT) : language.strip();
        if (!VOICE_LANGUAGES.contains(normalized)) {
            errors.put("voice_language", new Problem(442, "Voice language not supported."));
            return null;
        }
        return normalized;
    }

    private static String choice(Object value, String fallback, Set<String> allowed, String field, int code,
                                 String message, Map<String, Problem> errors) {
        String choice = scalar(value);
        if (choice == null || choice.isBlank()) {
            return fallback;
        }
        String normalized = choice.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        if (!allowed.contains(normalized)) {
            errors.put(field, new Problem(code, message));
            return null;
        }
        return normalized;
    }

    /** true/false, "true"/"false", "1"/"0", "yes"/"no", "on"/"off", 1/0; anything else keeps the default. */
    static boolean bool(Object value, boolean fallback) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes", "on", "y" -> true;
                case "false", "0", "no", "off", "n", "" -> false;
                default -> fallback;
            };
        }
        return fallback;
    }

    /** Strings as they are; numbers and booleans as their text; objects and arrays are not a scalar (null). */
    private static String scalar(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return null;
    }
}
