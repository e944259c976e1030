package com.voxhub.campaign.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.platform.test.TestKafka;
import com.voxhub.platform.test.TestPostgres;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Seed-004 import of 100,000 contacts through the real service (embedded PostgreSQL and Kafka, in this JVM): time
 * from the upload to {@code completed}, time until every JobQueued reached Kafka, and the JVM's peak heap (sampled
 * every 20 ms, and the heap pools' peak). Not part of the test suite (the name matches no test pattern); run with a
 * small heap to show it stays bounded:
 *
 * <pre>flock /tmp/voxhub-mvn.lock ./mvnw -B -o -pl campaign-service test -Dtest=ContactImportBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx192m [-Dcontacts=100000]</pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "voxhub.admin.token=bench-admin", "logging.level.org.apache.kafka=WARN"})
class ContactImportBenchmark {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, TestPostgres.freshDatabase("campaign_bench"));
        TestKafka.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importOneHundredThousandContacts() throws Exception {
        int contacts = Integer.getInteger("contacts", 100_000);
        WebTestClient http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofMinutes(2)).build();
        String key = newKey(http);
        long campaign = ((Number) http.post().uri("/api/v1/campaigns").header("X-API-Key", key)
                .bodyValue(Map.of("name", "bench", "channel", "voice", "country", "US")).exchange()
                .expectBody(MAP).returnResult().getResponseBody().get("id")).longValue();
        Path file = Files.createTempFile("bench-contacts-", ".json");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("[");
            for (int i = 0; i < contacts; i++) {
                out.write((i == 0 ? "" : ",") + "{\"name\":\"Contact " + i + "\",\"email\":\"c" + i
                        + "@example.com\",\"phone_number\":\"+1 202-%03d-%04d\",\"outbound_number\":\"+1 760-867-5309\",\"external_unique_id\":\"UID_%d\"}\n"
                        .formatted(200 + i / 10_000, i % 10_000, i));
            }
            out.write("]");
        }
        String base = "/apps/api/v1/outbound_dialer/campaigns/" + campaign + "/contacts";

        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampledPeak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampledPeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        long start = System.nanoTime();
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new FileSystemResource(file)).contentType(MediaType.APPLICATION_JSON);
        long importId = ((Number) http.post().uri(base + "/import").header("X-API-Key", key)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(body.build())).exchange()
                .expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody().get("id")).longValue();
        long accepted = System.nanoTime();
        Map<String, Object> status;
        do {
            Thread.sleep(100);
            status = http.get().uri(base + "/jobs/" + importId).header("X-API-Key", key).exchange()
                    .expectBody(MAP).returnResult().getResponseBody();
        } while ("in_progress".equals(status.get("status")));
        long completed = System.nanoTime();
        while (jdbc.sql("select count(*) from outbox_event where sent_at is null").query(Long.class).single() > 0) {
            Thread.sleep(100);
        }
        long relayed = System.nanoTime();
        sampler.interrupt();

        long rows = jdbc.sql("select count(*) from job where campaign_id = ?").param(campaign).query(Long.class).single();
        long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%n== seed-004 import: %,d contacts, file %.1f MB, max heap %d MB%n", contacts,
                Files.size(file) / 1e6, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("upload answered 202 after %d ms%n", (accepted - start) / 1_000_000);
        System.out.printf("import completed after %d ms (%,.0f contacts/s), status %s%n", (completed - start) / 1_000_000,
                contacts / ((completed - start) / 1e9), status);
        System.out.printf("every JobQueued on Kafka after %d ms%n", (relayed - start) / 1_000_000);
        System.out.printf("peak heap used: %d MB sampled every 20 ms, %d MB sum of heap pool peaks%n%n",
                sampledPeak.get() >> 20, poolPeaks >> 20);
        Files.delete(file);
        assertThat(status).containsEntry("status", "completed");
        assertThat(rows).isEqualTo(contacts);
    }

    private static String newKey(WebTestClient http) {
        Object account = http.post().uri("/api/v1/accounts").header("X-Admin-Token", "bench-admin")
                .bodyValue(Map.of("login", "bench")).exchange().expectBody(MAP).returnResult().getResponseBody().get("id");
        return (String) http.post().uri("/api/v1/accounts/" + account + "/api-keys").header("X-Admin-Token", "bench-admin")
                .bodyValue(Map.of("label", "bench")).exchange().expectBody(MAP).returnResult().getResponseBody().get("key");
    }
}
