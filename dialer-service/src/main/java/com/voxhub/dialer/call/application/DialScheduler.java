package com.voxhub.dialer.call.application;

import com.voxhub.dialer.config.DialerProperties;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Picks due attempts from the database on a short interval and hands them to a bounded pool of dialers. The
 * table is the queue: nothing waits in memory that a restart could lose, and a paused campaign's jobs are simply
 * not picked on the next scan.
 */
@Component
public class DialScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DialScheduler.class);

    private final AttemptClaims claims;
    private final AttemptDialer dialer;
    private final InFlightAttempts inFlight;
    private final DialerProperties.Scheduler config;
    private ScheduledExecutorService ticker;
    private ExecutorService dialers;
    private volatile boolean running;

    public DialScheduler(AttemptClaims claims, AttemptDialer dialer, InFlightAttempts inFlight,
                         DialerProperties properties) {
        this.claims = claims;
        this.dialer = dialer;
        this.inFlight = inFlight;
        this.config = properties.scheduler();
    }

    /** One scan: claim as many due jobs as there are free dialers, and dial them. */
    void tick() {
        int free = config.concurrency() - inFlight.size();
        if (free <= 0) {
            return;
        }
        List<DialTask> tasks = claims.claim(Math.min(free, config.batchSize()));
        tasks.forEach(task -> dialers.execute(() -> dialer.dial(task)));
    }

    @Override
    public void start() {
        dialers = Executors.newFixedThreadPool(config.concurrency(), named("dialer-"));
        ticker = Executors.newSingleThreadScheduledExecutor(named("dial-scheduler-"));
        ticker.scheduleWithFixedDelay(this::safeTick, config.pollInterval().toMillis(),
                config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        ticker.shutdownNow();
        dialers.shutdown();
        try {
            // Requests in flight get a chance to record their answer; any cut short are reconciled at restart.
            dialers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.error("dial scan failed; retrying on the next tick", e);
        }
    }

    static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
