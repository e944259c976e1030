package com.voxhub.messaging.consent;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * What HELP is answered with: the account's own text when configured ({@code help-texts.<accountId>}), else the
 * default. Carriers require the answer to name the sender and say how to stop.
 */
@ConfigurationProperties("voxhub.messaging.consent")
public record ConsentProperties(String helpText, Map<Long, String> helpTexts) {

    public ConsentProperties {
        helpText = helpText != null ? helpText
                : "You receive these messages from a recruiter using voxhub. Reply STOP to opt out, START to opt back in.";
        helpTexts = helpTexts == null ? Map.of() : Map.copyOf(helpTexts);
    }

    public String helpTextOf(long accountId) {
        return helpTexts.getOrDefault(accountId, helpText);
    }
}
