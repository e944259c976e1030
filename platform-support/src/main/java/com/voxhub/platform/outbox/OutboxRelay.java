package com.voxhub.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Moves outbox rows to Kafka on one thread: woken after each commit that appended rows, and otherwise every
 * poll interval to pick up rows left by a crash or written by another instance.
 *
 * <p>One instance relays at a time (a transaction-scoped advisory lock), reading rows with
 * {@code FOR UPDATE SKIP LOCKED}. Relaying from several instances at once would let one send a later row of a
 * key while another still holds an earlier one. A send failure stops the batch; the relay backs off and resends
 * from the first unsent row, so a broker outage delays events but neither loses nor reorders them. Delivery is
 * at-least-once: consumers dedupe by eventId.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration PENDING_REFRESH = Duration.ofSeconds(5);

    private final OutboxRepository repository;
    private final TransactionTemplate transactions;
    private final RelaySender sender;
    private final OutboxProperties properties;
    private final Semaphore signal = new Semaphore(0);
    private final RelayMetrics metrics;

    private volatile boolean running;
    private Thread thread;
    private Instant nextPurge = Instant.MIN;
    private Instant nextPendingRefresh = Instant.MIN;

    OutboxRelay(OutboxRepository repository, TransactionTemplate transactions, RelaySender sender,
                OutboxProperties properties, MeterRegistry meters) {
        this.repository = repository;
        this.transactions = transactions;
        this.sender = sender;
        this.properties = properties;
        this.metrics = new RelayMetrics(meters);
    }

    /** Asks the relay to look for rows now; called after a commit that appended some. */
    public void wake() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        Thread relayThread;
        synchronized (this) {
            running = false;
            relayThread = thread;
            thread = null;
        }
        if (relayThread != null) {
            relayThread.interrupt();
            try {
                relayThread.join(properties.deliveryTimeout().plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sender.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        BackOffExecution backOff = null;
        while (running) {
            try {
                Batch batch = relayBatch();
                refreshPending(batch.failed());
                if (batch.failed()) {
                    backOff = backOff == null ? newBackOff() : backOff;
                    sleepBackOff(backOff.nextBackOff());
                    continue;
                }
                backOff = null;
                if (batch.full()) {
                    continue; // more rows are waiting: no pause
                }
                purgeIfDue();
                pause(properties.pollInterval().toMillis());
            } catch (RuntimeException e) { // database unavailable: same treatment as a broker outage
                metrics.failed();
                log.warn("outbox relay cycle failed: {}", e.toString());
                backOff = backOff == null ? newBackOff() : backOff;
                sleepBackOff(backOff.nextBackOff());
            }
        }
    }

    private record Batch(boolean full, boolean failed) {
    }

    private Batch relayBatch() {
        return transactions.execute(status -> {
            if (!repository.tryRelayLock()) {
                return new Batch(false, false); // another instance is relaying
            }
            List<OutboxRow> rows = repository.lockUnsent(properties.batchSize());
            if (rows.isEmpty()) {
                return new Batch(false, false);
            }
            RelaySender.Outcome outcome = sender.send(rows);
            repository.markSent(outcome.sent().stream().map(OutboxRow::id).toList(),
                    !properties.retention().isZero());
            record(outcome);
            return new Batch(rows.size() == properties.batchSize(), outcome.failure() != null);
        });
    }

    private void record(RelaySender.Outcome outcome) {
        metrics.acked(outcome.sent(), Instant.now());
        if (outcome.failure() != null) {
            metrics.failed();
            log.warn("outbox relay stopped after {} rows; will resend from the first unsent row: {}",
                    outcome.sent().size(), outcome.failure().toString());
        }
    }

    private void refreshPending(boolean force) {
        Instant now = Instant.now();
        if (force || now.isAfter(nextPendingRefresh)) {
            metrics.pending(repository.countUnsent());
            nextPendingRefresh = now.plus(PENDING_REFRESH);
        }
    }

    private void purgeIfDue() {
        Instant now = Instant.now();
        if (properties.retention().isZero() || now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plus(properties.purgeInterval());
        int purged;
        do {
            purged = repository.purgeSent(properties.retention(), 10_000);
        } while (purged == 10_000 && running);
    }

    private BackOffExecution newBackOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.backoffInitial().toMillis(), 2.0);
        backOff.setMaxInterval(properties.backoffMax().toMillis());
        return backOff.start();
    }

    /** Not shortened by {@link #wake()}: new commits must not turn an outage into a busy loop. */
    private void sleepBackOff(long millis) {
        try {
            // STOP (-1) cannot happen with an unbounded back-off; treat it as the longest pause, never as none.
            Thread.sleep(millis == BackOffExecution.STOP ? properties.backoffMax().toMillis() : millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Waits for {@link #wake()} or the poll interval, whichever comes first. */
    private void pause(long millis) {
        try {
            if (signal.tryAcquire(Math.max(millis, 0), TimeUnit.MILLISECONDS)) {
                signal.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
