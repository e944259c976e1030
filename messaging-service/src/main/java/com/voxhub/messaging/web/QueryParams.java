package com.voxhub.messaging.web;

import com.voxhub.platform.web.ApiException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Seed-001 query and body values, each refused with a message that names it. */
public final class QueryParams {

    public static final int MAX_LIMIT = 1000;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,15}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}");

    private QueryParams() {
    }

    public static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(name + " is required");
        }
        return value.strip();
    }

    /** Epoch milliseconds, an ISO-8601 instant or offset date-time, a local date-time (UTC) or a date (UTC midnight). */
    public static Instant time(String name, String value) {
        String text = required(name, value);
        if (DIGITS.matcher(text).matches()) {
            return Instant.ofEpochMilli(Long.parseLong(text));
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    throw ApiException.badRequest(name + " must be an ISO-8601 date-time or epoch milliseconds");
                }
            }
        }
    }

    public static void range(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw ApiException.badRequest("fromTime must be before toTime");
        }
    }

    public static int limit(String name, Integer value, Integer defaultValue) {
        if (value == null) {
            if (defaultValue == null) {
                throw ApiException.badRequest(name + " is required");
            }
            return defaultValue;
        }
        if (value < 1 || value > MAX_LIMIT) {
            throw ApiException.badRequest(name + " must be between 1 and " + MAX_LIMIT);
        }
        return value;
    }

    public static int offset(Integer value, boolean required) {
        if (value == null) {
            if (required) {
                throw ApiException.badRequest("offset is required");
            }
            return 0;
        }
        if (value < 0) {
            throw ApiException.badRequest("offset must be 0 or more");
        }
        return value;
    }

    /** A phone number in E.164 (spaces, dashes and dots tolerated), returned without them. */
    public static String phone(String name, String value) {
        String number = required(name, value).replaceAll("[\\s().-]", "");
        if (!E164.matcher(number).matches()) {
            throw ApiException.badRequest(name + " must be a phone number in E.164 format, e.g. +14155550100");
        }
        return number;
    }

    public static String email(String name, String value) {
        String address = required(name, value);
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw ApiException.badRequest(name + " must be an email address");
        }
        return address;
    }

    public static String text(String name, String value, int max) {
        String text = required(name, value);
        if (text.length() > max) {
            throw ApiException.badRequest(name + " must be at most " + max + " characters");
        }
        return text;
    }
}
