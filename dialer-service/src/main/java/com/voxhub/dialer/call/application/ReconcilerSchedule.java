package com.voxhub.dialer.call.application;

import com.voxhub.dialer.config.DialerProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the reconciler once at startup over every attempt left REQUESTING by an earlier process, then
 * periodically over requests whose answer never came and over placed calls that went quiet.
 */
@Component
public class ReconcilerSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReconcilerSchedule.class);

    private final AttemptReconciler reconciler;
    private final DialerProperties.Reconciler config;
    private final Clock clock;
    private ScheduledExecutorService ticker;
    private volatile boolean running;

    public ReconcilerSchedule(AttemptReconciler reconciler, DialerProperties properties, Clock clock) {
        this.reconciler = reconciler;
        this.config = properties.reconciler();
        this.clock = clock;
    }

    @Override
    public void start() {
        Instant startedAt = clock.instant();
        ticker = Executors.newSingleThreadScheduledExecutor(DialScheduler.named("reconciler-"));
        ticker.execute(() -> run(() -> {
            int count = reconciler.reconcile(startedAt);
            if (count > 0) {
                log.info("reconciled {} attempt(s) left unknown by an earlier run", count);
            }
        }));
        ticker.scheduleWithFixedDelay(() -> {
            run(reconciler::reconcileStale);
            run(reconciler::followStalled);
        }, config.interval().toMillis(), config.interval().toMillis(), TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        ticker.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static void run(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("reconciliation failed; retrying on the next run", e);
        }
    }
}
