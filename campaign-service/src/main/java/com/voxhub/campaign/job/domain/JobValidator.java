package com.voxhub.campaign.job.domain;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.campaign.domain.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks a draft against its campaign and returns it normalized (numbers in E.164). */
final class JobValidator {

    static final int MAX_NUMBERS = 10;
    static final int MAX_TEXT = 255;
    static final int MAX_DATA_KEYS = 100;
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
        Map<String, Object> data = d.data() == null ? Map.of() : d.data();
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

    private static void text(String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw FieldError.of(field, "Ensure this field has no more than " + MAX_TEXT + " characters.");
        }
    }
}
