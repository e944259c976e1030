package com.voxhub.campaign.job.domain;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.campaign.domain.Channel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks a draft against its campaign and returns it normalized (numbers in E.164). */
final class JobValidator {

    static final int MAX_NUMBERS = 10;
    static final int MAX_TEXT = 255;
    static final int MAX_DATA_KEYS = 100;
    /** numeric(18, 4): 14 digits before the point. */
    static final BigDecimal MAX_VALUE = BigDecimal.TEN.pow(14);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private JobValidator() {
    }

    static JobDraft validate(JobDraft d, Campaign campaign) {
        text("reference", d.reference());
        text("name", d.name());
        text("label", d.label());
        text("city", d.city());
        text("postal_code", d.postalCode());
        if (d.url() != null && d.url().length() > 2048) {
            throw FieldError.of("url", "Ensure this field has no more than 2048 characters.");
        }
        if (d.email() != null && (d.email().length() > 254 || !EMAIL.matcher(d.email()).matches())) {
            throw FieldError.of("email", "Enter a valid email address.");
        }
        text("country", d.country());
        text("email", d.email());
        text("url", d.url());
        if (d.value() != null && d.value().abs().compareTo(MAX_VALUE) >= 0) {
            throw FieldError.of("value", "Ensure that there are no more than 14 digits before the decimal point.");
        }
        if (d.addressLines() != null) {
            if (d.addressLines().size() > MAX_NUMBERS) {
                throw FieldError.of("address_lines", "Ensure this field has no more than " + MAX_NUMBERS + " elements.");
            }
            // An immutable list (List.of) throws on contains(null): test each element.
            if (d.addressLines().stream().anyMatch(java.util.Objects::isNull)) {
                throw FieldError.of("address_lines", "This field may not be null.");
            }
            d.addressLines().forEach(line -> text("address_lines", line));
        }
        Map<String, Object> data = d.data() == null ? Map.of() : d.data();
        if (!storable(data, 0)) {
            throw FieldError.of("data", "Ensure this object holds no NUL characters and nests at most 10 levels.");
        }
        if (data.size() > MAX_DATA_KEYS) {
            throw FieldError.of("data", "Ensure this object has no more than " + MAX_DATA_KEYS + " keys.");
        }
        List<String> numbers = numbers(d.numbers(), d.country() != null ? d.country() : campaign.country());
        if (campaign.channel().isPhone() && numbers.isEmpty()) {
            throw FieldError.of("numbers", "This field is required for a " + campaign.channel().wire() + " campaign.");
        }
        if (campaign.channel() == Channel.EMAIL && d.email() == null) {
            throw FieldError.of("email", "This field is required for an email campaign.");
        }
        return new JobDraft(campaign.id(), d.reference(), d.name(), d.email(), numbers, d.appointment(), data,
                d.label(), d.url(), d.value(), d.addressLines() == null ? List.of() : d.addressLines(), d.city(),
                d.postalCode(), d.country());
    }

    private static List<String> numbers(List<String> raw, String region) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > MAX_NUMBERS) {
            throw FieldError.of("numbers", "Ensure this field has no more than " + MAX_NUMBERS + " elements.");
        }
        List<String> normalized = new ArrayList<>(raw.size());
        for (String number : raw) {
            normalized.add(PhoneNumbers.toE164(number, region)
                    .orElseThrow(() -> FieldError.of("numbers", "Enter a valid phone number.")));
        }
        return List.copyOf(normalized);
    }

    /** PostgreSQL text and jsonb refuse NUL; a runaway nesting is not data a dialer needs. */
    private static boolean storable(Object value, int depth) {
        if (depth > 10) {
            return false;
        }
        if (value instanceof String s) {
            return s.indexOf('\0') < 0;
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().allMatch(e -> storable(String.valueOf(e.getKey()), depth) && storable(e.getValue(), depth + 1));
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(v -> storable(v, depth + 1));
        }
        return true;
    }

    private static void text(String field, String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw FieldError.of(field, "Null characters are not allowed.");
        }
        if (value != null && value.length() > MAX_TEXT && !field.equals("url")) {
            throw FieldError.of(field, "Ensure this field has no more than " + MAX_TEXT + " characters.");
        }
    }
}
