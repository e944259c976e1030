package com.voxhub.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.platform.Migrated;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class OutboxRepositoryIT {

    private JdbcClient jdbc;
    private OutboxRepository repository;
    private TransactionTemplate transactions;

    @BeforeEach
    void setUp() {
        DataSource dataSource = Migrated.freshDatabase("outbox_repo");
        jdbc = JdbcClient.create(dataSource);
        repository = new OutboxRepository(jdbc);
        transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        for (int i = 1; i <= 3; i++) {
            repository.insert("campaign.jobs", "job-" + i, "com.voxhub.events.campaign.JobUnqueued",
                    new byte[] {(byte) i}, Map.of("traceparent", "tp-" + i));
        }
    }

    @Test
    void shouldHandOutUnsentRowsInIdOrderWithTheirHeaders() {
        List<OutboxRow> rows = transactions.execute(status -> repository.lockUnsent(10));

        assertThat(rows).extracting(OutboxRow::key).containsExactly("job-1", "job-2", "job-3");
        assertThat(rows.get(1).headers()).containsEntry("traceparent", "tp-2");
        assertThat(rows.get(2).payload()).containsExactly(3);
    }

    @Test
    void shouldLetOnlyOneRelayHoldTheRelayLockAtATime() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            boolean locked = repository.tryRelayLock();
            held.countDown();
            await(release);
            return locked;
        }));
        await(held);

        Boolean second = transactions.execute(status -> repository.tryRelayLock());
        release.countDown();

        assertThat(first.get()).isTrue();
        assertThat(second).isFalse();
        Boolean afterCommit = transactions.execute(status -> repository.tryRelayLock());
        assertThat(afterCommit).as("released at commit").isTrue();
    }

    @Test
    void shouldNotHandOutRowsAnotherTransactionIsSending() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            int rows = repository.lockUnsent(2).size();
            locked.countDown();
            await(release);
            return rows;
        }));
        await(locked);

        List<OutboxRow> second = transactions.execute(status -> repository.lockUnsent(10));
        release.countDown();

        assertThat(first.get()).isEqualTo(2);
        assertThat(second).extracting(OutboxRow::key).containsExactly("job-3");
    }

    @Test
    void shouldKeepSentRowsUntilTheRetentionPassesThenPurgeThem() {
        List<Long> ids = transactions.execute(status -> repository.lockUnsent(10)).stream().map(OutboxRow::id).toList();
        repository.markSent(ids.subList(0, 2), true);
        assertThat(repository.countUnsent()).isEqualTo(1);

        assertThat(repository.purgeSent(Duration.ofHours(1), 100)).isZero();
        jdbc.sql("UPDATE outbox_event SET sent_at = now() - interval '2 hours' WHERE id = ?").param(ids.get(0)).update();
        assertThat(repository.purgeSent(Duration.ofHours(1), 100)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void shouldDeleteRowsOnSendWhenNothingIsRetained() {
        List<Long> ids = transactions.execute(status -> repository.lockUnsent(10)).stream().map(OutboxRow::id).toList();
        repository.markSent(ids, false);

        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event").query(Long.class).single()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
