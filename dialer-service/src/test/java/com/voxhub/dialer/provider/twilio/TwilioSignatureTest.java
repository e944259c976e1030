package com.voxhub.dialer.provider.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {

    // The worked example of Twilio's security documentation.
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final Map<String, List<String>> PARAMS = Map.of(
            "CallSid", List.of("CA1234567890ABCDE"), "Caller", List.of("+12349013030"), "Digits", List.of("1234"),
            "From", List.of("+12349013030"), "To", List.of("+18005551212"));

    @Test
    void signsLikeTwilioDocumentsIt() {
        assertThat(TwilioSignature.compute("12345", URL, PARAMS)).isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
    }

    @Test
    void acceptsTheRightSignatureAndRefusesAnyOther() {
        assertThat(TwilioSignature.matches("12345", URL, PARAMS, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isTrue();
        assertThat(TwilioSignature.matches("12345", URL, PARAMS, "0/KCTR6DLpKmkAf8muzZqo1nDgQ")).isFalse();
        assertThat(TwilioSignature.matches("other", URL, PARAMS, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isFalse();
        assertThat(TwilioSignature.matches("12345", URL, PARAMS, null)).isFalse();
    }

    @Test
    void theVerifierSignsTheDialersPublicUrl() {
        TwilioRequestVerifier verifier = new TwilioRequestVerifier("https://dialer.example.com/", "12345");
        String signature = TwilioSignature.compute("12345", "https://dialer.example.com/dialer/twiml/a1?x=1", PARAMS);

        assertThat(verifier.verify("/dialer/twiml/a1", "x=1", PARAMS, signature)).isTrue();
        assertThat(verifier.verify("/dialer/twiml/a2", "x=1", PARAMS, signature)).isFalse();
    }
}
