package com.voxhub.platform.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.platform.PlatformTestApplication;
import com.voxhub.platform.test.TestPostgres;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.ErrorShape;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Idempotency-Key over a real PostgreSQL, through real HTTP, with the platform's error handler. */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.autoconfigure.exclude=org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
                "spring.flyway.locations=classpath:db/platform",
                "voxhub.kafka.enabled=false",
                "voxhub.outbox.enabled=false",
                "voxhub.auth.materialize-keys=false",
                "voxhub.web.idempotency.enabled=true",
                "voxhub.web.idempotency.memory-threshold=1KB",
                "voxhub.web.idempotency.wait-for-in-flight=5s"})
@Import(IdempotencyIT.Surface.class)
class IdempotencyIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, TestPostgres.freshDatabase("idempotency"));
    }

    /** Executions per marker, so a test sees whether its handler ran once or twice. */
    static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();

    @TestConfiguration
    static class Surface {

        @Bean
        ErrorShape nativeApi() {
            return ErrorShape.of("/api/", (status, code, message) -> Map.of("error", Map.of("code", code, "message", message)));
        }

        /** The account is whatever X-Account says; no header: not authenticated. */
        @Bean
        IdempotencyScope testScope() {
            return exchange -> Mono.justOrEmpty(exchange.getRequest().getHeaders().getFirst("X-Account")).map(a -> "account:" + a);
        }

        @Bean
        Things things() {
            return new Things();
        }
    }

    @RestController
    static class Things {

        @PostMapping("/api/things/{marker}")
        Mono<ResponseEntity<Map<String, Object>>> create(@PathVariable String marker, @RequestBody Map<String, Object> body) {
            int run = RUNS.computeIfAbsent(marker, m -> new AtomicInteger()).incrementAndGet();
            return Mono.just(ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/things/" + marker + "/" + run)
                    .body(Map.of("run", run, "size", String.valueOf(body.get("text")).length())));
        }

        @PostMapping("/api/slow/{marker}")
        Mono<Map<String, Object>> slow(@PathVariable String marker) {
            return Mono.delay(Duration.ofMillis(400))
                    .map(t -> Map.of("run", RUNS.computeIfAbsent(marker, m -> new AtomicInteger()).incrementAndGet()));
        }

        @PostMapping("/api/invalid/{marker}")
        Mono<Map<String, Object>> invalid(@PathVariable String marker) {
            RUNS.computeIfAbsent(marker, m -> new AtomicInteger()).incrementAndGet();
            return Mono.error(ApiException.badRequest("invalid_name", "name is required"));
        }

        @PostMapping("/api/broken/{marker}")
        Mono<Map<String, Object>> broken(@PathVariable String marker) {
            RUNS.computeIfAbsent(marker, m -> new AtomicInteger()).incrementAndGet();
            return Mono.error(new IllegalStateException("database went away"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    WebTestClient http;
    String marker;

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20)).build();
        marker = UUID.randomUUID().toString();
    }

    @Test
    void shouldReplayTheFirstAnswerToTheSameKeyAndBodyWithoutRunningAgain() {
        EntityExchangeResult<String> first = post("/api/things/" + marker, "a", "k1", Map.of("text", "hello"));
        EntityExchangeResult<String> second = post("/api/things/" + marker, "a", "k1", Map.of("text", "hello"));

        assertThat(first.getStatus().value()).isEqualTo(201);
        assertThat(first.getResponseHeaders().getFirst(IdempotencyWebFilter.REPLAYED_HEADER)).isNull();
        assertThat(second.getStatus().value()).isEqualTo(201);
        assertThat(second.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(second.getResponseHeaders().getFirst(IdempotencyWebFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(second.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
        assertThat(second.getResponseHeaders().getContentType()).isEqualTo(first.getResponseHeaders().getContentType());
        assertThat(RUNS.get(marker)).hasValue(1);
    }

    @Test
    void shouldAnswer422InTheSurfaceShapeWhenTheKeyComesBackWithAnotherBody() {
        post("/api/things/" + marker, "a", "k2", Map.of("text", "hello"));

        http.post().uri("/api/things/" + marker).header("X-Account", "a").header(IdempotencyWebFilter.HEADER, "k2")
                .bodyValue(Map.of("text", "changed")).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.error.code").isEqualTo("idempotency_key_reused");
        assertThat(RUNS.get(marker)).hasValue(1);
    }

    @Test
    void shouldKeepKeysOfDifferentAccountsApart() {
        post("/api/things/" + marker, "a", "same-key", Map.of("text", "hello"));
        EntityExchangeResult<String> other = post("/api/things/" + marker, "b", "same-key", Map.of("text", "hello"));

        assertThat(other.getResponseHeaders().getFirst(IdempotencyWebFilter.REPLAYED_HEADER)).isNull();
        assertThat(RUNS.get(marker)).hasValue(2);
    }

    @Test
    void shouldRunConcurrentDuplicatesOnceAndGiveEveryoneTheFirstAnswer() {
        List<String> bodies = Flux.range(0, 6)
                .flatMap(i -> Mono.fromCallable(() -> post("/api/slow/" + marker, "a", "k-concurrent", Map.of()).getResponseBody())
                        .subscribeOn(Schedulers.boundedElastic()))
                .collectList().block(Duration.ofSeconds(30));

        assertThat(bodies).hasSize(6).containsOnly("{\"run\":1}");
        assertThat(RUNS.get(marker)).hasValue(1);
    }

    @Test
    void shouldReplayAnErrorAnswerInItsShapeButRunAServerErrorAgain() {
        for (int i = 0; i < 2; i++) {
            http.post().uri("/api/invalid/" + marker).header("X-Account", "a").header(IdempotencyWebFilter.HEADER, "k-400")
                    .bodyValue(Map.of()).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.error.code").isEqualTo("invalid_name");
        }
        assertThat(RUNS.get(marker)).hasValue(1);

        String broken = "broken-" + marker;
        for (int i = 0; i < 2; i++) {
            http.post().uri("/api/broken/" + broken).header("X-Account", "a").header(IdempotencyWebFilter.HEADER, "k-500")
                    .bodyValue(Map.of()).exchange()
                    .expectStatus().isEqualTo(500)
                    .expectBody().jsonPath("$.error.code").isEqualTo("internal_error");
        }
        assertThat(RUNS.get(broken)).as("a 500 is not kept: the retry runs").hasValue(2);
    }

    @Test
    void shouldSpoolALargeBodyAndGiveTheHandlerEveryByte() {
        String text = "x".repeat(50_000); // far over the 1KB memory threshold of this test
        EntityExchangeResult<String> first = post("/api/things/" + marker, "a", "k-large", Map.of("text", text));
        EntityExchangeResult<String> replay = post("/api/things/" + marker, "a", "k-large", Map.of("text", text));

        assertThat(first.getResponseBody()).contains("\"size\":50000");
        assertThat(replay.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(RUNS.get(marker)).hasValue(1);
    }

    @Test
    void shouldRunAgainOnceTheKeyExpired() {
        post("/api/things/" + marker, "a", "k-expiring", Map.of("text", "hello"));
        jdbc.sql("UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE idem_key = 'k-expiring'").update();

        EntityExchangeResult<String> again = post("/api/things/" + marker, "a", "k-expiring", Map.of("text", "hello"));

        assertThat(again.getResponseHeaders().getFirst(IdempotencyWebFilter.REPLAYED_HEADER)).isNull();
        assertThat(RUNS.get(marker)).hasValue(2);
        assertThat(jdbc.sql("SELECT expires_at > now() + interval '23 hours' FROM idempotency_key WHERE idem_key = 'k-expiring'")
                .query(Boolean.class).single()).as("a fresh 24 h").isTrue();
    }

    @Test
    void shouldRefuseAnUnusableKeyAndLetRequestsWithoutAKeyOrAccountThrough() {
        http.post().uri("/api/things/" + marker).header("X-Account", "a").header(IdempotencyWebFilter.HEADER, "k".repeat(256))
                .bodyValue(Map.of()).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.error.code").isEqualTo("invalid_idempotency_key");
        post("/api/things/" + marker, "a", null, Map.of("text", "1"));
        post("/api/things/" + marker, "a", null, Map.of("text", "1"));
        post("/api/things/" + marker, null, "k-anonymous", Map.of("text", "1"));
        post("/api/things/" + marker, null, "k-anonymous", Map.of("text", "1"));

        assertThat(RUNS.get(marker)).hasValue(4);
        IntStream.range(0, 1).forEach(i -> assertThat(jdbc.sql("SELECT count(*) FROM idempotency_key WHERE idem_key = 'k-anonymous'")
                .query(Long.class).single()).isZero());
    }

    private EntityExchangeResult<String> post(String uri, String account, String key, Map<String, Object> body) {
        return http.post().uri(uri)
                .headers(h -> {
                    if (account != null) {
                        h.set("X-Account", account);
                    }
                    if (key != null) {
                        h.set(IdempotencyWebFilter.HEADER, key);
                    }
                })
                .bodyValue(body).exchange()
                .expectBody(String.class).returnResult();
    }
}
