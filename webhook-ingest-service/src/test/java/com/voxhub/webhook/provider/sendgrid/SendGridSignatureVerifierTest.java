package com.voxhub.webhook.provider.sendgrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voxhub.webhook.callback.domain.CallbackRefused;
import com.voxhub.webhook.callback.domain.RefusalReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendGridSignatureVerifierTest {

    // The test vector of SendGrid's helper libraries (sendgrid-java EventWebhookTest and its siblings).
    private static final String PUBLIC_KEY = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEDr2LjtURuePQzplybdC+u4CwrqDqBaWjcMMs"
            + "TbhdbcwHBcepxo7yAQGhHPTnlvFYPAZFceEu/1FwCM/QmGUhA==";
    private static final String OTHER_PUBLIC_KEY = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqTxd43gyp8IOEto2LdIfjRQrIbsd4SX"
            + "ZkLW6jDutdhXSJCWHw8REntlo7aNDthvj+y7GjUuFDb/R1NGe1OPzpA==";
    private static final byte[] PAYLOAD = "{\"category\":\"example_payload\",\"event\":\"test_event\",\"message_id\":\"message_id\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "MEUCIQCtIHJeH93Y+qpYeWrySphQgpNGNr/U+UyUlBkU6n7RAwIgJTz2C+8a8xonZGi6BpSzoQsb"
            + "VRamr2nlxFDWYNH2j/0=";
    private static final String TIMESTAMP = "1588788367";
    private static final Instant SIGNED_AT = Instant.ofEpochSecond(1588788367);

    @TempDir
    Path dir;

    @Test
    void shouldAcceptSendGridsDocumentedTestVector() throws IOException {
        SendGridSignatureVerifier verifier = verifierAt(SIGNED_AT.plusSeconds(30), keyFile(PUBLIC_KEY));

        assertThatCode(() -> verifier.verify(TIMESTAMP, SIGNATURE, PAYLOAD)).doesNotThrowAnyException();
    }

    @Test
    void whenTheBodyChangedThenTheSignatureIsInvalid() throws IOException {
        SendGridSignatureVerifier verifier = verifierAt(SIGNED_AT, keyFile(PUBLIC_KEY));

        assertRefused(() -> verifier.verify(TIMESTAMP, SIGNATURE, "payload".getBytes(StandardCharsets.UTF_8)),
                RefusalReason.INVALID_SIGNATURE);
    }

    @Test
    void whenTheTimestampChangedThenTheSignatureIsInvalid() throws IOException {
        SendGridSignatureVerifier verifier = verifierAt(SIGNED_AT, keyFile(PUBLIC_KEY));

        assertRefused(() -> verifier.verify("1588788368", SIGNATURE, PAYLOAD), RefusalReason.INVALID_SIGNATURE);
    }

    @Test
    void whenVerifiedWithAnotherKeyThenTheSignatureIsInvalid() throws IOException {
        SendGridSignatureVerifier verifier = verifierAt(SIGNED_AT, keyFile(OTHER_PUBLIC_KEY));

        assertRefused(() -> verifier.verify(TIMESTAMP, SIGNATURE, PAYLOAD), RefusalReason.INVALID_SIGNATURE);
    }

    @Test
    void whenTheSignatureIsNotBase64ThenItIsInvalid() throws IOException {
        SendGridSignatureVerifier verifier = verifierAt(SIGNED_AT, keyFile(PUBLIC_KEY));

        assertRefused(() -> verifier.verify(TIMESTAMP, "not base64!", PAYLOAD), RefusalReason.INVALID_SIGNATURE);
    }

    @Test
    void whenTheSignedTimestampIsOlderThanTheReplayWindowThenTheCallbackIsRefused() throws IOException {
        SendGridSignatureVerifier verifier = verifierAt(SIGNED_AT.plus(Duration.ofMinutes(11)), keyFile(PUBLIC_KEY));

        assertRefused(() -> verifier.verify(TIMESTAMP, SIGNATURE, PAYLOAD), RefusalReason.STALE_TIMESTAMP);
    }

    @Test
    void whenTheSignedTimestampIsTooFarInTheFutureThenTheCallbackIsRefused() throws IOException {
        SendGridSignatureVerifier verifier = verifierAt(SIGNED_AT.minus(Duration.ofMinutes(11)), keyFile(PUBLIC_KEY));

        assertRefused(() -> verifier.verify(TIMESTAMP, SIGNATURE, PAYLOAD), RefusalReason.STALE_TIMESTAMP);
    }

    @Test
    void whenTheHeadersAreMissingThenTheCallbackIsRefusedAsUnsigned() throws IOException {
        SendGridSignatureVerifier verifier = verifierAt(SIGNED_AT, keyFile(PUBLIC_KEY));

        assertRefused(() -> verifier.verify(null, SIGNATURE, PAYLOAD), RefusalReason.MISSING_SIGNATURE);
        assertRefused(() -> verifier.verify(TIMESTAMP, "", PAYLOAD), RefusalReason.MISSING_SIGNATURE);
    }

    @Test
    void shouldWaitForTheKeyFileAndPickItUpOnceWritten() throws IOException {
        Path file = dir.resolve("later/sendgrid-verification-key.txt");
        SendGridSignatureVerifier verifier = verifierAt(SIGNED_AT, file);

        assertRefused(() -> verifier.verify(TIMESTAMP, SIGNATURE, PAYLOAD), RefusalReason.VERIFICATION_KEY_UNAVAILABLE);

        Files.createDirectories(file.getParent());
        Files.writeString(file, PUBLIC_KEY + "\n");
        assertThatCode(() -> verifier.verify(TIMESTAMP, SIGNATURE, PAYLOAD)).doesNotThrowAnyException();
    }

    @Test
    void shouldReloadTheKeyWhenTheFileChanges() throws IOException {
        Path file = keyFile(OTHER_PUBLIC_KEY);
        SendGridSignatureVerifier verifier = verifierAt(SIGNED_AT, file);
        assertRefused(() -> verifier.verify(TIMESTAMP, SIGNATURE, PAYLOAD), RefusalReason.INVALID_SIGNATURE);

        Files.writeString(file, PUBLIC_KEY);
        // Same size as the old key: the modification time must tell the change, whatever the file system's resolution.
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThatCode(() -> verifier.verify(TIMESTAMP, SIGNATURE, PAYLOAD)).doesNotThrowAnyException();
    }

    @Test
    void shouldAcceptAKeyFileInPemArmour() throws IOException {
        Path file = keyFile("-----BEGIN PUBLIC KEY-----\n" + PUBLIC_KEY.substring(0, 64) + "\n"
                + PUBLIC_KEY.substring(64) + "\n-----END PUBLIC KEY-----\n");

        assertThatCode(() -> verifierAt(SIGNED_AT, file).verify(TIMESTAMP, SIGNATURE, PAYLOAD))
                .doesNotThrowAnyException();
    }

    private Path keyFile(String content) throws IOException {
        Path file = Files.createTempFile(dir, "key", ".txt");
        Files.writeString(file, content);
        return file;
    }

    private static SendGridSignatureVerifier verifierAt(Instant now, Path keyFile) {
        return new SendGridSignatureVerifier(new SendGridVerificationKey(keyFile), Duration.ofMinutes(10),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private static void assertRefused(Runnable verification, RefusalReason reason) {
        assertThatThrownBy(verification::run).isInstanceOfSatisfying(CallbackRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
