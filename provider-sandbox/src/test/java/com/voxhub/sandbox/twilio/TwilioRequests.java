package com.voxhub.sandbox.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.sandbox.CallbackReceiver;
import java.util.Map;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/** Helpers for talking Twilio to the sandbox and checking what it sent back. */
public final class TwilioRequests {

    private TwilioRequests() {
    }

    public static WebTestClient.ResponseSpec post(WebTestClient client, String path, String user, String password,
                                                  MultiValueMap<String, String> form) {
        return client.post().uri(path)
                .headers(h -> h.setBasicAuth(user, password))
                .body(BodyInserters.fromFormData(form))
                .exchange();
    }

    public static MultiValueMap<String, String> form(String... namesAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    /** The request carries a valid X-Twilio-Signature for the URL it was sent to. */
    public static void assertSigned(CallbackReceiver receiver, CallbackReceiver.Received request, String authToken) {
        Map<String, String> params = "POST".equals(request.method()) ? request.form() : Map.of();
        String expected = TwilioSigner.sign(authToken, receiver.url(request.uri()), params);
        assertThat(request.header("X-Twilio-Signature")).as("X-Twilio-Signature of %s", request.uri())
                .isEqualTo(expected);
    }
}
