package com.voxhub.sandbox.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeRulesTest {

    private final OutcomeRules rules = new OutcomeRules();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "+15551230001, BUSY",
            "+15551230002, NO_ANSWER",
            "+15551230003, MACHINE",
            "+15551230004, INVALID_NUMBER",
            "+15551230005, SLOW",
            "+15551230006, UNREACHABLE",
            "+15551230000, NORMAL",
            "+15551230007, NORMAL",
            "+33612340001, BUSY",
            "+447700900123, NORMAL",
            "15551230000, INVALID_NUMBER",
            "+0551230000, INVALID_NUMBER",
            "+1555, INVALID_NUMBER",
            "+1555123000a, INVALID_NUMBER",
            "'', INVALID_NUMBER",
    })
    void shouldPickThePhoneOutcomeFromTheLastFourDigits(String number, PhoneOutcome expected) {
        assertThat(rules.forPhone(number)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "bounce@example.com, BOUNCE",
            "bounce-42@example.com, BOUNCE",
            "Bounce.Me@example.com, BOUNCE",
            "open@example.com, OPEN",
            "opener+1@example.com, OPEN",
            "click@example.com, CLICK",
            "clicky@example.com, CLICK",
            "jane@example.com, DELIVERED",
            "jane.bounce@example.com, DELIVERED",
            "someone@bounce.example.com, DELIVERED",
    })
    void shouldPickTheEmailOutcomeFromTheLocalPart(String address, EmailOutcome expected) {
        assertThat(rules.forEmail(address)).isEqualTo(expected);
    }
}
