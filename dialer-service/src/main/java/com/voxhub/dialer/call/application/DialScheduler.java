package com.voxhub.dialer.call.application;

import com.voxhub.dialer.campaign.domain.Campaign;
import com.voxhub.dialer.campaign.domain.Campaigns;
import com.voxhub.dialer.config.DialerProperties;
import com.voxhub.dialer.job.domain.DialJobs;
import com.voxhub.dialer.job.domain.DueCampaign;
import com.voxhub.dialer.pacing.application.Pacer;
import com.voxhub.dialer.pacing.domain.FairShare;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * not picked on the next scan. Each scan splits the free dialers fairly between the campaigns with due jobs
 * (round-robin over accounts, then campaigns), each within its own pacing allowance.
 */
@Component
public class DialScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DialScheduler.class);

    private final AttemptClaims claims;
    private final AttemptDialer dialer;
    private final InFlightAttempts inFlight;
    private final DialJobs jobs;
    private final Campaigns campaigns;
    private final Pacer pacer;
    private final Clock clock;
    private final DialerProperties.Scheduler config;
    private ScheduledExecutorService ticker;
    private ExecutorService dialers;
    private long rotation;
    private long scans;
    private volatile boolean running;

    public DialScheduler(AttemptClaims claims, AttemptDialer dialer, InFlightAttempts inFlight, DialJobs jobs,
                         Campaigns campaigns, Pacer pacer, Clock clock, DialerProperties properties) {
        this.claims = claims;
        this.dialer = dialer;
        this.inFlight = inFlight;
        this.jobs = jobs;
        this.campaigns = campaigns;
        this.pacer = pacer;
        this.clock = clock;
        this.config = properties.scheduler();
    }

    /** One scan: share the free dialers between campaigns with due jobs, claim, and dial. */
    void tick() {
        int free = Math.min(config.concurrency() - inFlight.size(), config.batchSize());
        if (free <= 0) {
            return;
        }
        List<FairShare.Demand> demands = new ArrayList<>();
        for (DueCampaign due : jobs.dueCampaigns(clock.instant(), free)) {
            Optional<Campaign> campaign = campaigns.find(due.campaignId());
            campaign.ifPresent(c -> demands.add(new FairShare.Demand(due.accountId(), due.campaignId(),
                    Math.min(due.due(), pacer.allowance(c, due.dialing())))));
        }
        Map<Long, Integer> granted = FairShare.split(demands, free, rotation++);
        granted.forEach((campaignId, calls) -> {
            List<DialTask> tasks = claims.claim(campaignId, calls);
            pacer.reserve(campaignId, tasks.size());
            tasks.forEach(task -> dialers.execute(() -> dialer.dial(task)));
        });
        if (++scans % 600 == 0) {
            pacer.forgetIdle();
        }
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
