package com.voxhub.sandbox.twilio.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voxhub.sandbox.recording.CallInstructions.TwimlVerb;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwimlParserTest {

    @Test
    void shouldReadVerbsWithAttributesTextAndNestedVerbs() {
        List<TwimlVerb> verbs = TwimlParser.parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Response>
                  <Say voice="alice" language="fr-FR">Bonjour</Say>
                  <Gather action="/dialer/gather?attempt=7" numDigits="1"><Say>Tapez 1</Say></Gather>
                  <Dial><Number>+15551230000</Number></Dial>
                  <Play>https://example.com/beep.mp3</Play>
                  <Hangup/>
                </Response>
                """);

        assertThat(verbs).extracting(TwimlVerb::verb).containsExactly("Say", "Gather", "Dial", "Play", "Hangup");
        assertThat(verbs.get(0).attributes()).containsEntry("voice", "alice").containsEntry("language", "fr-FR");
        assertThat(verbs.get(0).text()).isEqualTo("Bonjour");
        assertThat(verbs.get(2).nested().get(0).text()).isEqualTo("+15551230000");
        assertThat(TwimlParser.firstGather(verbs)).get()
                .extracting(g -> g.attributes().get("action")).isEqualTo("/dialer/gather?attempt=7");
    }

    @Test
    void shouldRejectADocumentThatIsNotTwiml() {
        assertThatThrownBy(() -> TwimlParser.parse("<html><body>Oops</body></html>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Response");
        assertThatThrownBy(() -> TwimlParser.parse("not xml"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Document parse failure");
    }

    @Test
    void shouldRefuseExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Response><Say>&x;</Say></Response>";

        assertThatThrownBy(() -> TwimlParser.parse(xxe)).isInstanceOf(IllegalArgumentException.class);
    }
}
