package com.voxhub.dialer.campaign.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hours a campaign may call in the contact's local time: {@code start} inclusive, {@code end} exclusive ("HH:mm"),
 * on the listed days (MON..SUN; none listed = every day). An end at or before the start spans midnight and belongs
 * to the day it starts on. Local times are resolved with {@link ZonedDateTime#of}, so a start inside a DST gap
 * opens when the clocks jump, and an ambiguous time in the autumn overlap is its first occurrence.
 */
public record CallingWindow(String start, String end, List<String> days) {

    public CallingWindow {
        days = List.copyOf(days);
    }

    /** The first instant at or after {@code at} that lies inside the window in {@code zone}. */
    public Instant nextOpening(Instant at, ZoneId zone) {
        LocalTime opens = LocalTime.parse(start);
        LocalTime closes = LocalTime.parse(end);
        Set<DayOfWeek> allowed = allowedDays();
        LocalDate today = at.atZone(zone).toLocalDate();
        // Yesterday's window may still be open past midnight; a week ahead always finds an allowed day.
        for (LocalDate day = today.minusDays(1); !day.isAfter(today.plusDays(8)); day = day.plusDays(1)) {
            if (!allowed.contains(day.getDayOfWeek())) {
                continue;
            }
            Instant open = ZonedDateTime.of(day, opens, zone).toInstant();
            LocalDate closingDay = closes.isAfter(opens) ? day : day.plusDays(1);
            Instant close = ZonedDateTime.of(closingDay, closes, zone).toInstant();
            if (close.isAfter(at) && close.isAfter(open)) {
                return open.isAfter(at) ? open : at;
            }
        }
        throw new IllegalStateException("calling window " + this + " never opens");
    }

    public boolean isOpen(Instant at, ZoneId zone) {
        return nextOpening(at, zone).equals(at);
    }

    private Set<DayOfWeek> allowedDays() {
        if (days.isEmpty()) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        Set<DayOfWeek> allowed = EnumSet.noneOf(DayOfWeek.class);
        for (String day : days) {
            String d = day.trim().toUpperCase(Locale.ROOT);
            for (DayOfWeek candidate : DayOfWeek.values()) {
                if (candidate.name().startsWith(d.length() >= 3 ? d.substring(0, 3) : d)) {
                    allowed.add(candidate);
                }
            }
        }
        if (allowed.isEmpty()) {
            throw new IllegalStateException("calling window lists no known day: " + days);
        }
        return allowed;
    }
}
