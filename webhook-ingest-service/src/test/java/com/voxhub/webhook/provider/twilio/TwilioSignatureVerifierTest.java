package com.voxhub.webhook.provider.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voxhub.webhook.callback.domain.CallbackRefused;
import com.voxhub.webhook.callback.domain.RefusalReason;
import org.junit.jupiter.api.Test;

class TwilioSignatureVerifierTest {

    // The worked example of Twilio's request-validation documentation (and of its helper libraries' tests).
    private static final String DOCUMENTED_URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final TwilioForm DOCUMENTED_PARAMS = TwilioForm.parse(
            "CallSid=CA1234567890ABCDE&Caller=%2B14158675309&Digits=1234&From=%2B14158675309&To=%2B18005551212");
    private static final String DOCUMENTED_SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

    private final TwilioSignatureVerifier verifier = new TwilioSignatureVerifier("12345");

    @Test
    void shouldReproduceTwiliosDocumentedSignature() {
        assertThat(verifier.sign(DOCUMENTED_URL, DOCUMENTED_PARAMS)).isEqualTo(DOCUMENTED_SIGNATURE);
    }

    @Test
    void shouldAcceptTheDocumentedRequestWhateverTheParameterOrder() {
        TwilioForm shuffled = TwilioForm.parse(
                "To=%2B18005551212&Digits=1234&CallSid=CA1234567890ABCDE&From=%2B14158675309&Caller=%2B14158675309");

        assertThatCode(() -> verifier.verify(DOCUMENTED_URL, shuffled, DOCUMENTED_SIGNATURE))
                .doesNotThrowAnyException();
    }

    // twilio-python's duplicate-parameter vector (test_compute_signature_duplicate_multi_dict).
    @Test
    void shouldSignEachDistinctValueOfARepeatedParameterSortedByValue() {
        TwilioForm repeated = TwilioForm.parse("Sid=CA123&SidAccount=AC123&Digits=5678&Digits=1234&Digits=1234");

        assertThat(verifier.sign(DOCUMENTED_URL, repeated)).isEqualTo("IK+Dwps556ElfBT0I3Rgjkr1wJU=");
    }

    @Test
    void whenAValueIsTamperedWithThenTheSignatureIsInvalid() {
        TwilioForm tampered = TwilioForm.parse(
                "CallSid=CA1234567890ABCDE&Caller=%2B14158675309&Digits=9999&From=%2B14158675309&To=%2B18005551212");

        assertThatThrownBy(() -> verifier.verify(DOCUMENTED_URL, tampered, DOCUMENTED_SIGNATURE))
                .isInstanceOfSatisfying(CallbackRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.INVALID_SIGNATURE));
    }

    @Test
    void whenTheUrlDiffersThenTheSignatureIsInvalid() {
        assertThatThrownBy(() -> verifier.verify(DOCUMENTED_URL + "&extra=1", DOCUMENTED_PARAMS, DOCUMENTED_SIGNATURE))
                .isInstanceOfSatisfying(CallbackRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.INVALID_SIGNATURE));
    }

    @Test
    void whenSignedWithAnotherTokenThenTheSignatureIsInvalid() {
        String forged = new TwilioSignatureVerifier("not-the-token").sign(DOCUMENTED_URL, DOCUMENTED_PARAMS);

        assertThatThrownBy(() -> verifier.verify(DOCUMENTED_URL, DOCUMENTED_PARAMS, forged))
                .isInstanceOf(CallbackRefused.class);
    }

    @Test
    void whenTheSignatureHeaderIsMissingThenTheCallbackIsRefusedAsUnsigned() {
        assertThatThrownBy(() -> verifier.verify(DOCUMENTED_URL, DOCUMENTED_PARAMS, null))
                .isInstanceOfSatisfying(CallbackRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.MISSING_SIGNATURE));
    }
}
