package com.voxhub.messaging.provider.sendgrid;

import com.sun.net.httpserver.HttpServer;
import com.voxhub.messaging.email.domain.EmailRequest;
import com.voxhub.messaging.message.domain.SendResult;
import com.voxhub.messaging.provider.http.ProviderHttp;
import com.voxhub.messaging.provider.resilience.ProviderResilience;
import com.voxhub.messaging.provider.resilience.ResilienceSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class SendGridEmailSenderTest {

    record Received(String authorization, String body) {
    }

    record Answer(int status, String retryAfter) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private HttpServer server;
    private SendGridEmailSender sender;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v3/mail/send", exchange -> {
            received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Answer answer = answers.poll();
            if (answer == null) {
                exchange.getResponseHeaders().add("X-Message-Id", "sg-" + received.size());
                exchange.sendResponseHeaders(202, -1);
            } else {
                if (answer.retryAfter() != null) {
                    exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
                }
                byte[] body = "{\"errors\":[{\"message\":\"bad\"}]}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(answer.status(), body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        ResilienceSettings resilience = new ResilienceSettings(100, Duration.ofSeconds(1), 3, Duration.ofMillis(20),
                Duration.ofSeconds(2), 50f, 50, 20, Duration.ofSeconds(15));
        SendGridProperties properties = new SendGridProperties(base, "SG.test-key", Duration.ofSeconds(1),
                Duration.ofSeconds(2), 10, resilience);
        sender = new SendGridEmailSender(ProviderHttp.webClient("sendgrid-test", base, Duration.ofSeconds(1),
                Duration.ofSeconds(2), 10), properties, new ProviderResilience("sendgrid", resilience),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldPostTheMailWithOurReferenceBothPartsAndUnsubscribeHeaders() {
        SendResult result = sender.send(request()).block();

        assertThat(result).isEqualTo(new SendResult.Accepted("sg-1"));
        Received request = received.get(0);
        assertThat(request.authorization()).isEqualTo("Bearer SG.test-key");
        JsonNode body = JsonMapper.builder().build().readTree(request.body());
        assertThat(body.at("/personalizations/0/to/0/email").asString()).isEqualTo("ada@example.test");
        assertThat(body.at("/personalizations/0/custom_args/reference").asString()).isEqualTo("msg_1");
        assertThat(body.at("/from/email").asString()).isEqualTo("no-reply@voxhub.test");
        assertThat(body.at("/subject").asString()).isEqualTo("Your interview");
        assertThat(body.at("/content/0/type").asString()).isEqualTo("text/plain");
        assertThat(body.at("/content/1/type").asString()).isEqualTo("text/html");
        assertThat(body.at("/content/1/value").asString()).isEqualTo("<p>Hello <b>Ada</b></p>");
        assertThat(body.at("/headers/List-Unsubscribe").asString())
                .isEqualTo("<http://localhost:8083/unsubscribe/msg_1>");
        assertThat(body.at("/headers/List-Unsubscribe-Post").asString()).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void shouldRejectABadRequestForGood() {
        answers.add(new Answer(400, null));

        assertThat(sender.send(request()).block()).isEqualTo(new SendResult.Rejected("sendgrid_http_400: rejected"));
        assertThat(received).hasSize(1);
    }

    @Test
    void shouldRetryAThrottledRequestAfterItsRetryAfter() {
        answers.add(new Answer(429, "1"));

        assertThat(sender.send(request()).block()).isEqualTo(new SendResult.Accepted("sg-2"));
        assertThat(received).hasSize(2);
    }

    private static EmailRequest request() {
        return new EmailRequest("msg_1", "no-reply@voxhub.test", "ada@example.test", "Your interview",
                "<p>Hello <b>Ada</b></p>", "Hello Ada", "http://localhost:8083/unsubscribe/msg_1", Instant.now(),
                null);
    }
}
