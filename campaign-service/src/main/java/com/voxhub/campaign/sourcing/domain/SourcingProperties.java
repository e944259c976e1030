package com.voxhub.campaign.sourcing.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Seed 000 settings.
 *
 * @param publicBaseUrl      where candidates reach the registration page ({@code <publicBaseUrl>/r/<token>})
 * @param maxPreferredDays   how far ahead a candidate may ask to be called
 * @param callEstimateMinutes minutes of call reserved (at voxhub.pricing.call-minute-minor) when a call is queued
 */
@ConfigurationProperties("voxhub.sourcing")
public record SourcingProperties(
        @DefaultValue("http://localhost:8081") String publicBaseUrl,
        @DefaultValue("60") int maxPreferredDays,
        @DefaultValue("1") int callEstimateMinutes) {

    public String link(String token) {
        return (publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl)
                + "/r/" + token;
    }
}
