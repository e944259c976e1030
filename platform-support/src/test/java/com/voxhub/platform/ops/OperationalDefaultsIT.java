package com.voxhub.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.platform.PlatformTestApplication;
import com.voxhub.platform.test.TestKafka;
import com.voxhub.platform.test.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=ops-it",
                "spring.flyway.locations=classpath:db/platform",
                "management.endpoint.health.show-components=always",
                "management.tracing.sampling.probability=0.5"})
class OperationalDefaultsIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, TestPostgres.freshDatabase("ops"));
        TestKafka.register(registry);
    }

    @Value("${local.server.port}")
    int port;
    @Autowired Environment environment;

    private WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void shouldExposeLivenessAndAReadinessThatIncludesTheDatabaseAndKafka() {
        client.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.db.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP")
                .jsonPath("$.components.readinessState.status").isEqualTo("UP");
    }

    @Test
    void shouldExposePrometheusMetricsIncludingTheOutbox() {
        String metrics = client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("voxhub_outbox_pending").contains("voxhub_outbox_relay_failures_total");
    }

    @Test
    void shouldLetTheServicesOwnPropertiesWinOverThePlatformDefaults() {
        assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("0.5");
        assertThat(environment.getProperty("spring.kafka.listener.observation-enabled")).isEqualTo("true");
        assertThat(environment.getProperty("spring.kafka.consumer.group-id")).isEqualTo("ops-it");
    }
}
