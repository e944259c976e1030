package com.voxhub.campaign.campaign.domain;

import com.voxhub.platform.web.ApiException;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a draft into a {@link ValidCampaign} or names the first field that is wrong. */
final class CampaignValidator {

    static final int DEFAULT_MAX_ATTEMPTS = 3;
    static final List<Integer> DEFAULT_RETRY_DELAYS = List.of(60);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> DAYS = Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    private static final Set<String> GENDERS = Set.of("male", "female");
    private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}-[A-Z]{2}");

    private CampaignValidator() {
    }

    static ValidCampaign validate(CampaignDraft d) {
        String name = required("name", d.name());
        if (name.length() > 200) {
            throw invalid("name", "name is longer than 200 characters");
        }
        Channel channel = Channel.parse(required("channel", d.channel()))
                .orElseThrow(() -> invalid("channel", "channel must be one of voice, vms, sms, email"));
        String country = d.country() == null ? null : d.country().toUpperCase(Locale.ROOT);
        if (country != null && !COUNTRIES.contains(country)) {
            throw invalid("country", "country must be an ISO 3166-1 alpha-2 code such as FR");
        }
        if (d.timezone() != null) {
            try {
                ZoneId.of(d.timezone());
            } catch (DateTimeException e) {
                throw invalid("timezone", "timezone must be an IANA zone such as Europe/Paris");
            }
        }
        int maxAttempts = d.maxAttempts() == null ? DEFAULT_MAX_ATTEMPTS : d.maxAttempts();
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw invalid("max_attempts", "max_attempts must be between 1 and 20");
        }
        List<Integer> delays = d.retryDelaysMinutes() == null ? DEFAULT_RETRY_DELAYS : List.copyOf(d.retryDelaysMinutes());
        if (delays.isEmpty() || delays.size() > 20 || delays.stream().anyMatch(m -> m == null || m < 1 || m > 10_080)) {
            throw invalid("retry_delays_minutes", "retry_delays_minutes must hold 1 to 20 delays of 1 to 10080 minutes");
        }
        if (d.voiceGender() != null && !GENDERS.contains(d.voiceGender())) {
            throw invalid("voice_gender", "voice_gender must be male or female");
        }
        if (d.voiceLanguage() != null && !LANGUAGE.matcher(d.voiceLanguage()).matches()) {
            throw invalid("voice_language", "voice_language must look like fr-FR");
        }
        return new ValidCampaign(name, channel, country, d.timezone(), window(d.callingWindow()), maxAttempts, delays,
                d.sender(), d.smsInviteTemplate(), d.smsTemplate(), d.emailSubject(), d.emailTemplate(), d.vmsText(),
                d.voiceLanguage(), d.voiceGender());
    }

    private static CallingWindow window(CallingWindow w) {
        if (w == null) {
            return null;
        }
        if (w.start() == null || w.end() == null || !HH_MM.matcher(w.start()).matches() || !HH_MM.matcher(w.end()).matches()) {
            throw invalid("calling_window", "calling_window needs start and end as HH:mm");
        }
        if (!LocalTime.parse(w.start()).isBefore(LocalTime.parse(w.end()))) {
            throw invalid("calling_window", "calling_window start must be before end");
        }
        List<String> days = w.days() == null ? List.of() : w.days().stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        if (!DAYS.containsAll(days)) {
            throw invalid("calling_window", "calling_window days must be among MON, TUE, WED, THU, FRI, SAT, SUN");
        }
        return new CallingWindow(w.start(), w.end(), days);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(field, field + " is required");
        }
        return value.strip();
    }

    private static ApiException invalid(String field, String message) {
        return ApiException.badRequest("invalid_" + field, message);
    }
}
