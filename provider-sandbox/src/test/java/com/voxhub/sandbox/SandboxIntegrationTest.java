package com.voxhub.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Starts the sandbox on a random port with fast timings, and one callback receiver shared by the
 * integration tests (same configuration, so Spring reuses one application context for all of them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SandboxIntegrationTest {

    protected static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    protected static final String AUTH_TOKEN = "sandbox-twilio-auth-token";
    protected static final CallbackReceiver RECEIVER = CallbackReceiver.start();
    protected static final Path KEY_DIR = tempDir();
    protected static final ParameterizedTypeReference<Map<String, Object>> JSON_MAP =
            new ParameterizedTypeReference<>() { };

    @LocalServerPort
    protected int port;

    protected WebTestClient client;

    @DynamicPropertySource
    static void sandboxProperties(DynamicPropertyRegistry registry) {
        registry.add("voxhub.sandbox.step-delay.min", () -> "20ms");
        registry.add("voxhub.sandbox.step-delay.max", () -> "60ms");
        registry.add("voxhub.sandbox.talk-time", () -> "300ms");
        registry.add("voxhub.sandbox.no-answer-after", () -> "300ms");
        registry.add("voxhub.sandbox.faults.timeout-hold", () -> "1s");
        registry.add("voxhub.sandbox.callbacks.first-backoff", () -> "50ms");
        registry.add("voxhub.sandbox.sendgrid.event-webhook-url", () -> RECEIVER.url("/sendgrid/events"));
        registry.add("voxhub.sandbox.sendgrid.verification-key-file",
                () -> KEY_DIR.resolve("sendgrid-verification-key.txt").toString());
    }

    @BeforeEach
    void connect() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(10)).build();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("voxhub-sandbox-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
