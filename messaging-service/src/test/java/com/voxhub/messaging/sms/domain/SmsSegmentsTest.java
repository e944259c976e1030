package com.voxhub.messaging.sms.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSegmentsTest {

    @Test
    void shouldFit160GsmCharactersInOneSegment() {
        assertThat(SmsSegments.count("a".repeat(160))).isEqualTo(new SmsParts(SmsEncoding.GSM7, 160, 1));
    }

    @Test
    void shouldSplitLongGsmTextIntoSegmentsOf153() {
        assertThat(SmsSegments.count("a".repeat(161)).segments()).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void shouldCountExtensionTableCharactersAsTwoSeptets() {
        SmsParts parts = SmsSegments.count("€".repeat(80));

        assertThat(parts.encoding()).isEqualTo(SmsEncoding.GSM7);
        assertThat(parts.units()).isEqualTo(160);
        assertThat(parts.segments()).isEqualTo(1);
        assertThat(SmsSegments.count("€".repeat(81)).segments()).isEqualTo(2);
    }

    @Test
    void shouldNotSplitAnEscapeSequenceAcrossSegments() {
        // 152 septets then a 2-septet character: it cannot take the last septet of segment one.
        SmsParts parts = SmsSegments.count("a".repeat(152) + "{" + "a".repeat(10));

        assertThat(parts.units()).isEqualTo(164);
        assertThat(parts.segments()).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(152) + "{" + "a".repeat(152)).segments()).isEqualTo(3);
    }

    @Test
    void shouldKeepAccentedLettersOfTheGsmTableInGsm7() {
        assertThat(SmsSegments.count("Hello Zoé, à bientôt?").encoding()).isEqualTo(SmsEncoding.UCS2);
        assertThat(SmsSegments.count("Hello Zoé, à demain ¿ Ñ ü").encoding()).isEqualTo(SmsEncoding.GSM7);
    }

    @Test
    void shouldSwitchToUcs2ForAnyCharacterOutsideTheGsmTables() {
        SmsParts parts = SmsSegments.count("Привет");

        assertThat(parts.encoding()).isEqualTo(SmsEncoding.UCS2);
        assertThat(parts.units()).isEqualTo(6);
        assertThat(parts.segments()).isEqualTo(1);
    }

    @Test
    void shouldFit70Ucs2UnitsInOneSegmentAndSplitBy67() {
        assertThat(SmsSegments.count("ж".repeat(70)).segments()).isEqualTo(1);
        assertThat(SmsSegments.count("ж".repeat(71)).segments()).isEqualTo(2);
        assertThat(SmsSegments.count("ж".repeat(134)).segments()).isEqualTo(2);
        assertThat(SmsSegments.count("ж".repeat(135)).segments()).isEqualTo(3);
    }

    @Test
    void shouldCountAnEmojiAsTwoUnitsAndNeverSplitItsSurrogatePair() {
        assertThat(SmsSegments.count("😀").units()).isEqualTo(2);
        // 66 units then an emoji: the pair moves whole into segment two.
        SmsParts parts = SmsSegments.count("ж".repeat(66) + "😀" + "ж".repeat(10));

        assertThat(parts.units()).isEqualTo(78);
        assertThat(parts.segments()).isEqualTo(2);
        assertThat(SmsSegments.count("ж".repeat(66) + "😀" + "ж".repeat(66)).segments()).isEqualTo(3);
    }

    @Test
    void shouldCountAnEmptyBodyAsOneSegment() {
        assertThat(SmsSegments.count("").segments()).isEqualTo(1);
    }
}
