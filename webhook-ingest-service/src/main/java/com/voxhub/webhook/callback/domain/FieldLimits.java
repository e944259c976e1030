package com.voxhub.webhook.callback.domain;

/**
 * Upper bounds on single fields of a callback, beyond the body size limit: a provider never sends a 1 MB email
 * address or event id, and such a value would travel to every consumer and database. Too long is refused (400)
 * rather than cut, since a cut id or address would silently point elsewhere.
 *
 * @param id      ids and codes (message ids, event ids, statuses, keywords)
 * @param address addresses and header-like fields (email addresses, phone numbers, recipient lists, subject)
 * @param text    free text (an error message, a URL, a user agent)
 * @param body    a message body (an SMS text, the text of an email reply)
 */
public record FieldLimits(int id, int address, int text, int body) {

    public static final FieldLimits DEFAULTS = new FieldLimits(256, 16 * 1024, 16 * 1024, 1024 * 1024);

    public String id(String provider, String name, String value) {
        return check(provider, name, value, id);
    }

    public String address(String provider, String name, String value) {
        return check(provider, name, value, address);
    }

    public String text(String provider, String name, String value) {
        return check(provider, name, value, text);
    }

    public String body(String provider, String name, String value) {
        return check(provider, name, value, body);
    }

    public static String check(String provider, String name, String value, int max) {
        if (value != null && value.length() > max) {
            throw new CallbackRefused(provider, RefusalReason.FIELD_TOO_LONG,
                    "Field " + name + " is longer than " + max + " characters");
        }
        return value;
    }
}
