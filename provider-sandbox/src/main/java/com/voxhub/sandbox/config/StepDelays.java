package com.voxhub.sandbox.config;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/** Draws the pause before the next lifecycle step, so callbacks arrive with a realistic jitter. */
@Component
public class StepDelays {

    private final long minMillis;
    private final long maxMillis;

    public StepDelays(SandboxProperties properties) {
        this.minMillis = properties.stepDelay().min().toMillis();
        this.maxMillis = Math.max(minMillis, properties.stepDelay().max().toMillis());
    }

    public Duration next() {
        return Duration.ofMillis(minMillis == maxMillis
                ? minMillis
                : ThreadLocalRandom.current().nextLong(minMillis, maxMillis + 1));
    }
}
