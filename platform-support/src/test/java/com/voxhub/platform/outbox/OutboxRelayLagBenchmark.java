package com.voxhub.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voxhub.events.Topics;
import com.voxhub.platform.Events;
import com.voxhub.platform.PlatformTestApplication;
import com.voxhub.platform.test.TestKafka;
import com.voxhub.platform.test.TestPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outbox relay lag under a burst: 10,000 events committed as fast as 4 writers can (one event per transaction,
 * like request traffic), relayed to a real broker; lag = commit to broker ack (the row's {@code sent_at} minus its
 * {@code created_at}, both PostgreSQL's clock). Not part of the test suite (the name matches no test pattern); run:
 *
 * <pre>./mvnw -o -pl platform-support test -Dtest=OutboxRelayLagBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@SpringBootTest(classes = PlatformTestApplication.class, properties = {
        "spring.application.name=outbox-bench",
        "spring.flyway.locations=classpath:db/platform",
        "logging.level.org.apache.kafka=WARN"})
class OutboxRelayLagBenchmark {

    private static final int EVENTS = 10_000;
    private static final int WRITERS = 4;
    private static final int KEYS = 500;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, TestPostgres.freshDatabase("outbox_bench"));
        TestKafka.register(registry);
    }

    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void burstOfTenThousandEvents() throws Exception {
        warmUp();
        long start = System.nanoTime();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            done.add(writers.submit(() -> {
                for (int i = writer; i < EVENTS; i += WRITERS) {
                    long job = 1_000_000 + i % KEYS;
                    transactions.executeWithoutResult(tx -> outbox.append(Topics.CAMPAIGN_JOBS, Long.toString(job),
                            Events.jobUnqueued(job, "bench")));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double writeSeconds = (System.nanoTime() - start) / 1e9;
        writers.shutdown();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> unsent() == 0);
        double totalSeconds = (System.nanoTime() - start) / 1e9;

        Map<String, Object> lag = jdbc.sql("""
                select percentile_cont(0.5) within group (order by ms) as p50,
                       percentile_cont(0.99) within group (order by ms) as p99,
                       max(ms) as max, count(*) as n
                from (select extract(epoch from sent_at - created_at) * 1000 as ms
                      from outbox_event where topic = ? and record_key::bigint >= 1000000) lags""")
                .param(Topics.CAMPAIGN_JOBS).query().singleRow();
        assertThat(((Number) lag.get("n")).intValue()).isEqualTo(EVENTS);
        System.out.printf("%nOUTBOX RELAY BENCHMARK: %d events committed by %d writers in %.2f s (%.0f/s); all acked after %.2f s"
                        + " (%.0f events/s end to end); commit-to-ack lag p50 %.0f ms, p99 %.0f ms, max %.0f ms%n%n",
                EVENTS, WRITERS, writeSeconds, EVENTS / writeSeconds, totalSeconds, EVENTS / totalSeconds,
                num(lag.get("p50")), num(lag.get("p99")), num(lag.get("max")));
    }

    private void warmUp() {
        for (int i = 0; i < 200; i++) {
            transactions.executeWithoutResult(tx -> outbox.append(Topics.CAMPAIGN_JOBS, "1", Events.jobUnqueued(1, "warmup")));
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> unsent() == 0);
    }

    private long unsent() {
        return jdbc.sql("select count(*) from outbox_event where sent_at is null").query(Long.class).single();
    }

    private static double num(Object value) {
        return ((Number) value).doubleValue();
    }
}
