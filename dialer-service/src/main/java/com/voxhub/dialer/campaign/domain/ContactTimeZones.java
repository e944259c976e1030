package com.voxhub.dialer.campaign.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The time zones a contact may be in, from the number (libphonenumber's prefix data). A number that maps to one
 * zone gives it; one that spans several (a mobile, a country over several zones) gives the campaign's zone when the
 * campaign has one, else every zone the number may be in, so the window must be open in all of them. The contact's
 * country is the region for numbers without a country code; the campaign's zone, then UTC, are the last resort.
 */
public final class ContactTimeZones {

    private static final String UNKNOWN = PhoneNumberToTimeZonesMapper.getUnknownTimeZone();

    private final PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
    private final PhoneNumberToTimeZonesMapper zones = PhoneNumberToTimeZonesMapper.getInstance();

    public List<ZoneId> of(String number, String contactCountry, String campaignCountry, String campaignTimezone) {
        ZoneId campaignZone = zone(campaignTimezone);
        List<ZoneId> fromNumber = fromNumber(number, contactCountry != null ? contactCountry : campaignCountry);
        if (fromNumber.size() == 1) {
            return fromNumber;
        }
        if (campaignZone != null) {
            return List.of(campaignZone);
        }
        return fromNumber.isEmpty() ? List.of(ZoneOffset.UTC) : fromNumber;
    }

    private List<ZoneId> fromNumber(String number, String region) {
        PhoneNumber parsed;
        try {
            parsed = numbers.parse(number, region == null ? "ZZ" : region.toUpperCase(Locale.ROOT));
        } catch (NumberParseException | RuntimeException e) {
            return List.of();
        }
        List<ZoneId> found = new ArrayList<>();
        for (String name : zones.getTimeZonesForNumber(parsed)) {
            ZoneId zone = UNKNOWN.equals(name) ? null : zone(name);
            if (zone != null && !found.contains(zone)) {
                found.add(zone);
            }
        }
        return found;
    }

    private static ZoneId zone(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(name.trim());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
