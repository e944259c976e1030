package com.voxhub.campaign.vms.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VmsRequestParserTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static Map<String, Object> minimal() {
        Map<String, Object> body = new HashMap<>();
        body.put("text", "Hello");
        body.put("recipients", List.of(Map.of("phone_number", "+33612345678")));
        return body;
    }

    @Test
    void shouldApplyTheDocumentedDefaults() {
        VmsOrder order = VmsRequestParser.parse(minimal(), NOW);

        assertThat(order.recipients()).containsExactly("+33612345678");
        assertThat(order.purpose()).isEqualTo("alert");
        assertThat(order.type()).isEqualTo("voice_sms");
        assertThat(order.voiceGender()).isEqualTo("female");
        assertThat(order.voiceLanguage()).isEqualTo("fr-FR");
        assertThat(order.sender()).isNull();
        assertThat(order.sendAt()).isNull();
        assertThat(order.autoDeleteOptoutContacts()).isFalse();
        assertThat(order.getBackPressedKeys()).isFalse();
        assertThat(order.simulationMode()).isFalse();
    }

    @Test
    void shouldAcceptEveryLanguageOfTheSeedInAnyCase() {
        for (String language : VmsRequestParser.VOICE_LANGUAGES) {
            Map<String, Object> body = minimal();
            body.put("voice_language", language.toLowerCase().replace('-', '_'));
            assertThat(VmsRequestParser.parse(body, NOW).voiceLanguage()).isEqualTo(language);
        }
    }

    @Test
    void shouldReadSendAtWithItsOffsetAndTreatAPastTimeAsNow() {
        Map<String, Object> body = minimal();
        body.put("send_at", "2026-12-03T07:42:39-07:00");
        assertThat(VmsRequestParser.parse(body, NOW).sendAt()).isEqualTo(Instant.parse("2026-12-03T14:42:39Z"));

        body.put("send_at", "2018-10-03T07:42:39-07:00");
        assertThat(VmsRequestParser.parse(body, NOW).sendAt()).isNull();
    }

    @Test
    void shouldCastBooleansAndKeepTheDefaultForWhatItCannotRead() {
        assertThat(VmsRequestParser.bool("true", false)).isTrue();
        assertThat(VmsRequestParser.bool(1, false)).isTrue();
        assertThat(VmsRequestParser.bool("0", true)).isFalse();
        assertThat(VmsRequestParser.bool("perhaps", true)).isTrue();
        assertThat(VmsRequestParser.bool(List.of(), false)).isFalse();
    }

    @Test
    void shouldFormatPhoneNumbersAndDropTheOnesItCannotFix() {
        assertThat(VmsRequestParser.phone("+33 6 12 34 56 78")).isEqualTo("+33612345678");
        assertThat(VmsRequestParser.phone("0044 7911 123456")).isEqualTo("+447911123456");
        assertThat(VmsRequestParser.phone("33612345678")).isEqualTo("+33612345678");
        assertThat(VmsRequestParser.phone("abc")).isNull();
    }

    @Test
    void shouldNameEveryFieldItRefusesWithItsCode() {
        Map<String, Object> body = new HashMap<>();
        body.put("text", "x".repeat(VmsRequestParser.MAX_TEXT + 1));
        body.put("voice_language", "tlh-KX");

        assertThatThrownBy(() -> VmsRequestParser.parse(body, NOW))
                .isInstanceOfSatisfying(VmsValidationException.class, e -> assertThat(e.errors())
                        .containsEntry("text", new VmsValidationException.Problem(421, "Text must be from 1 to 1224 characters."))
                        .containsEntry("voice_language", new VmsValidationException.Problem(442, "Voice language not supported."))
                        .containsKey("recipients"));
    }

    @Test
    void shouldCountTextInCharactersNotBytes() {
        Map<String, Object> body = minimal();
        body.put("text", "é".repeat(VmsRequestParser.MAX_TEXT));
        assertThat(VmsRequestParser.parse(body, NOW).text()).hasSize(VmsRequestParser.MAX_TEXT);
    }
}
