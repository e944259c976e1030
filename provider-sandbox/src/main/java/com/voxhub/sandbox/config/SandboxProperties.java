package com.voxhub.sandbox.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How fast the emulated world moves. Defaults are short so tests stay fast while the order and
 * spacing of callbacks still look like the real providers'.
 */
@ConfigurationProperties("voxhub.sandbox")
public record SandboxProperties(
        @DefaultValue StepDelay stepDelay,
        @DefaultValue("3s") Duration talkTime,
        @DefaultValue("10s") Duration slowAnswerDelay,
        @DefaultValue("3s") Duration noAnswerAfter,
        @DefaultValue("10000") int maxRecorded) {

    /** Pause between two lifecycle steps (queued, sent, delivered...), drawn uniformly in [min, max]. */
    public record StepDelay(@DefaultValue("300ms") Duration min, @DefaultValue("800ms") Duration max) {
    }
}
