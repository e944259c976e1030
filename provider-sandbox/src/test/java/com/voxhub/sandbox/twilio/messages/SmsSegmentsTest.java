package com.voxhub.sandbox.twilio.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsSegmentsTest {

    @Test
    void shouldFit160Gsm7CharactersInOneSegmentAndSplitAt153() {
        assertThat(SmsSegments.count("a".repeat(160))).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(161))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(306))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(307))).isEqualTo(3);
    }

    @Test
    void shouldFallBackToUcs2ForCharactersOutsideGsm7() {
        assertThat(SmsSegments.count("ś".repeat(70))).isEqualTo(1);
        assertThat(SmsSegments.count("ś".repeat(71))).isEqualTo(2);
    }

    @Test
    void shouldCountExtendedGsmCharactersTwice() {
        assertThat(SmsSegments.count("€".repeat(80))).isEqualTo(1);
        assertThat(SmsSegments.count("€".repeat(81))).isEqualTo(2);
    }
}
