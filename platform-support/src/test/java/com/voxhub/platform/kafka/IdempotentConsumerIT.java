package com.voxhub.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voxhub.platform.Migrated;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

class IdempotentConsumerIT {

    private DataSource dataSource;
    private JdbcClient jdbc;
    private SimpleMeterRegistry meters;
    private IdempotentConsumer consumer;

    @BeforeEach
    void setUp() {
        dataSource = Migrated.freshDatabase("idempotent");
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE effect (event_id TEXT NOT NULL)").update();
        meters = new SimpleMeterRegistry();
        consumer = new IdempotentConsumer(dataSource, new JdbcTransactionManager(dataSource), meters);
    }

    @Test
    void shouldRunTheEffectOnceWhenTheSameEventIdArrivesTwice() {
        AtomicInteger runs = new AtomicInteger();

        boolean first = consumer.process("dialer.jobs", "evt-1", () -> {
            runs.incrementAndGet();
            jdbc.sql("INSERT INTO effect VALUES ('evt-1')").update();
        });
        boolean second = consumer.process("dialer.jobs", "evt-1", () -> {
            runs.incrementAndGet();
            jdbc.sql("INSERT INTO effect VALUES ('evt-1')").update();
        });

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(runs).hasValue(1);
        assertThat(count("SELECT count(*) FROM effect")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = 'evt-1'")).isEqualTo(1);
        assertThat(meters.get("voxhub.consumer.duplicates").tag("consumer", "dialer.jobs").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void shouldDeduplicateByTheRecordsOwnEventId() {
        var event = com.voxhub.platform.Events.jobUnqueued(5, "once");

        assertThat(consumer.process("dialer.jobs", event, () -> { })).isTrue();
        assertThat(consumer.process("dialer.jobs", event, () -> { })).isFalse();
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = '" + event.getEventId() + "'"))
                .isEqualTo(1);
    }

    @Test
    void shouldTreatTheSameEventIdAsNewForAnotherConsumer() {
        assertThat(consumer.process("dialer.jobs", "evt-2", () -> { })).isTrue();
        assertThat(consumer.process("messaging.jobs", "evt-2", () -> { })).isTrue();
    }

    @Test
    void shouldRecordNothingWhenTheEffectFailsSoTheRedeliveryRunsItAgain() {
        assertThatThrownBy(() -> consumer.process("dialer.jobs", "evt-3", () -> {
            jdbc.sql("INSERT INTO effect VALUES ('evt-3')").update();
            throw new IllegalStateException("provider down");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count("SELECT count(*) FROM processed_event")).isZero();
        assertThat(count("SELECT count(*) FROM effect")).isZero();
        assertThat(consumer.process("dialer.jobs", "evt-3", () -> { })).isTrue();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
