package com.voxhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.platform.PlatformTestApplication;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A web-only service (no database, no Kafka, like the sandbox) with two surfaces and unclaimed paths. */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.autoconfigure.exclude="
                        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                        + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration,"
                        + "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
                "voxhub.kafka.enabled=false",
                "spring.http.codecs.max-in-memory-size=1KB"})
@Import(ErrorShapesIT.Surfaces.class)
class ErrorShapesIT {

    @TestConfiguration
    static class Surfaces {

        @Bean
        @Order(1)
        ErrorShape jobsApi() {
            return ErrorShape.of("/j/", (status, code, message) -> Map.of("detail", message));
        }

        @Bean
        @Order(2)
        ErrorShape nativeApi() {
            return ErrorShape.of("/api/v1/", (status, code, message) ->
                    Map.of("error", Map.of("code", code, "message", message)));
        }

        @Bean
        Endpoints endpoints() {
            return new Endpoints();
        }
    }

    @RestController
    static class Endpoints {

        @GetMapping({"/j/jobs/404", "/api/v1/campaigns/404", "/other/404"})
        Mono<String> missing() {
            return Mono.error(ApiException.notFound("Job not found"));
        }

        @PostMapping({"/j/jobs", "/api/v1/campaigns", "/other/things"})
        Mono<Map<String, Object>> create(@RequestBody Map<String, Object> body) {
            return Mono.just(body);
        }

        @GetMapping({"/j/search", "/api/v1/search"})
        Mono<String> search(@RequestParam("q") String q) {
            return Mono.just(q);
        }

        @GetMapping({"/j/boom", "/api/v1/boom", "/other/boom"})
        Mono<String> boom() {
            return Blocking.call(() -> {
                throw new IllegalStateException("secret internals: password=hunter2");
            });
        }
    }

    @Value("${local.server.port}")
    int port;

    private WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void shouldRenderAnApiExceptionInTheShapeOfEachSurface() {
        client.get().uri("/j/jobs/404").exchange()
                .expectStatus().isNotFound()
                .expectBody().json("{\"detail\": \"Job not found\"}", true);
        client.get().uri("/api/v1/campaigns/404").exchange()
                .expectStatus().isNotFound()
                .expectBody().json("{\"error\": {\"code\": \"not_found\", \"message\": \"Job not found\"}}", true);
        client.get().uri("/other/404").exchange()
                .expectStatus().isNotFound()
                .expectBody().json("{\"status\": 404, \"code\": \"not_found\", \"message\": \"Job not found\"}", true);
    }

    @Test
    void shouldAnswer400InTheSurfaceShapeForMalformedJson() {
        client.post().uri("/j/jobs").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\": ").exchange()
                .expectStatus().isBadRequest()
                .expectBody().json("{\"detail\": \"Malformed JSON request body\"}", true);
        client.post().uri("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).bodyValue("[1,").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.code").isEqualTo("malformed_request");
    }

    @Test
    void shouldAnswer400ForAMissingRequiredParameter() {
        client.get().uri("/api/v1/search").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.code").isEqualTo("bad_request");
    }

    @Test
    void shouldAnswer413InTheSurfaceShapeForABodyOverTheCodecLimit() {
        String big = "{\"name\": \"" + "x".repeat(4096) + "\"}";
        client.post().uri("/j/jobs").contentType(MediaType.APPLICATION_JSON).bodyValue(big).exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().json("{\"detail\": \"Request body is too large\"}", true);
        client.post().uri("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).bodyValue(big).exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.error.code").isEqualTo("payload_too_large");
    }

    @Test
    void shouldAnswer500WithACorrelationIdAndNoInternals() {
        String body = client.get().uri("/api/v1/boom").exchange()
                .expectStatus().isEqualTo(500)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("\"code\":\"internal_error\"").contains("correlation id")
                .doesNotContain("hunter2").doesNotContain("IllegalStateException").doesNotContain("at com.");
        client.get().uri("/j/boom").exchange()
                .expectStatus().isEqualTo(500)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).startsWith("Internal error"));
    }

    @Test
    void shouldRenderAnUnknownPathAs404InTheShapeOfTheSurfaceItFallsUnder() {
        client.get().uri("/api/v1/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectBody().json("{\"error\": {\"code\": \"not_found\", \"message\": \"Resource not found\"}}", true);
        client.delete().uri("/j/jobs").exchange()
                .expectStatus().isEqualTo(405)
                .expectBody().jsonPath("$.detail").exists();
    }
}
