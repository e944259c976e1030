package com.voxhub.campaign.credit.domain;

import java.math.BigDecimal;
import java.util.Currency;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The price list ({@code voxhub.pricing.*}), every price in minor units of {@code currency}. Money is never a
 * double: callers see {@link #amount} (a decimal with the currency's digits).
 *
 * @param smsSegmentMinor  one SMS segment (an invite of two segments costs twice this)
 * @param vmsCallMinor     one voice-SMS (VMS) call, seed 003
 * @param emailMinor       one email
 * @param callMinuteMinor  the estimate of one minute of a live call, reserved when a call is queued
 * @param vmsMinimumSeconds billed minimum length of a spoken VMS message (seed 003's estimated_duration)
 */
@ConfigurationProperties("voxhub.pricing")
public record Pricing(
        @DefaultValue("EUR") String currency,
        @DefaultValue("5") long smsSegmentMinor,
        @DefaultValue("5") long vmsCallMinor,
        @DefaultValue("1") long emailMinor,
        @DefaultValue("10") long callMinuteMinor,
        @DefaultValue("30") int vmsMinimumSeconds) {

    public Pricing {
        Currency.getInstance(currency); // fails fast on a typo in configuration
        if (smsSegmentMinor < 0 || vmsCallMinor < 0 || emailMinor < 0 || callMinuteMinor < 0 || vmsMinimumSeconds < 1) {
            throw new IllegalArgumentException("voxhub.pricing: prices cannot be negative");
        }
    }

    /** Minor units as a decimal amount of the currency (e.g. 14995 EUR cents as 149.95). */
    public BigDecimal amount(long minor) {
        return BigDecimal.valueOf(minor, Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits()));
    }
}
