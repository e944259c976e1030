package com.voxhub.sandbox.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioSignerTest {

    /** The example of Twilio's request-validation documentation (auth token 12345). */
    private static final String DOCUMENTED_URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

    private static Map<String, String> documentedParams() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("To", "+18005551212");
        params.put("CallSid", "CA1234567890ABCDE");
        params.put("From", "+14158675309");
        params.put("Caller", "+14158675309");
        params.put("Digits", "1234");
        return params;
    }

    @Test
    void shouldProduceTwiliosDocumentedSignature() {
        assertThat(TwilioSigner.sign("12345", DOCUMENTED_URL, documentedParams()))
                .isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    }

    @Test
    void shouldSignTheUrlExactlyAsGivenIncludingItsQueryString() {
        String withoutQuery = TwilioSigner.sign("12345", "https://mycompany.com/myapp.php", documentedParams());

        assertThat(withoutQuery).isNotEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    }

    @Test
    void shouldNotDependOnTheOrderParametersWereGivenIn() {
        Map<String, String> reversed = new LinkedHashMap<>();
        documentedParams().entrySet().stream().sorted(Map.Entry.<String, String>comparingByKey().reversed())
                .forEach(e -> reversed.put(e.getKey(), e.getValue()));

        assertThat(TwilioSigner.sign("12345", DOCUMENTED_URL, reversed)).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    }

    @Test
    void shouldSignAGetRequestOverTheUrlAlone() {
        assertThat(TwilioSigner.sign("12345", DOCUMENTED_URL, Map.of()))
                .isEqualTo(TwilioSigner.sign("12345", DOCUMENTED_URL, new LinkedHashMap<>()))
                .isNotEqualTo(TwilioSigner.sign("54321", DOCUMENTED_URL, Map.of()));
    }
}
