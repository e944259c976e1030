package com.voxhub.campaign.contact.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.regex.Pattern;

/**
 * Checks one contact. Phone numbers only need to be <em>possible</em> (right length for their country), not
 * assigned: the seed's own example ({@code +1 111-111-1111}) is a valid contact, and a number that cannot be reached
 * ends as "Wrong Number" when dialed, which is what the product's status list is for.
 */
public final class ContactValidator {

    static final int MAX_TEXT = 255;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private ContactValidator() {
    }

    /** @return the contact normalized, or throws {@link ContactRejectedException} saying why not */
    public static ValidContact validate(ContactDraft draft, String defaultRegion) {
        String phone = trimmed(draft.phoneNumber());
        if (phone == null) {
            throw rejected(ContactRejection.INVALID_PHONE, "phone_number is required.");
        }
        String e164 = e164(phone, defaultRegion);
        if (e164 == null) {
            throw rejected(ContactRejection.INVALID_PHONE, "phone_number is not a valid phone number.");
        }
        String outbound = trimmed(draft.outboundNumber());
        if (outbound != null && e164(outbound, defaultRegion) == null) {
            throw rejected(ContactRejection.INVALID_PHONE, "outbound_number is not a valid phone number.");
        }
        String email = trimmed(draft.email());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw rejected(ContactRejection.INVALID_CONTACT, "email is not a valid email address.");
        }
        String name = trimmed(draft.name());
        String external = trimmed(draft.externalUniqueId());
        if (tooLong(name) || tooLong(external) || tooLong(phone) || tooLong(outbound)) {
            throw rejected(ContactRejection.INVALID_CONTACT, "fields have at most " + MAX_TEXT + " characters.");
        }
        return new ValidContact(name, email, phone, e164, outbound, external);
    }

    /** The E.164 form of a possible number, or null. */
    public static String e164(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank() || raw.length() > 32) {
            return null;
        }
        try {
            PhoneNumber number = PHONES.parse(raw, defaultRegion == null ? "ZZ" : defaultRegion);
            return PHONES.isPossibleNumber(number) ? PHONES.format(number, PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    private static boolean tooLong(String value) {
        return value != null && value.length() > MAX_TEXT;
    }

    private static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static ContactRejectedException rejected(String details, String message) {
        return new ContactRejectedException(new ContactRejection(details, message));
    }
}
