package com.voxhub.sandbox.faults;

import com.voxhub.sandbox.Channel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Body of {@code PUT /sandbox/v1/faults}. {@code channel} is sms, voice, email or all (the default);
 * fields left out are zero, {@code failWith} defaults to unavailable (503), {@code retryAfterSeconds} to 1.
 */
record FaultRequest(String channel, Double serverErrorRate, Double throttleRate, Double timeoutRate,
                    Long latencyMs, Integer failNext, FaultKind failWith, Integer retryAfterSeconds) {

    List<Channel> channels() {
        if (channel == null || channel.isBlank() || channel.equalsIgnoreCase("all")) {
            return Arrays.asList(Channel.values());
        }
        return Channel.fromWireName(channel).map(List::of).orElse(List.of());
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (channels().isEmpty()) {
            problems.add("channel must be sms, voice, email or all");
        }
        checkRate("serverErrorRate", serverErrorRate, problems);
        checkRate("throttleRate", throttleRate, problems);
        checkRate("timeoutRate", timeoutRate, problems);
        if (or0(serverErrorRate) + or0(throttleRate) + or0(timeoutRate) > 1.0) {
            problems.add("serverErrorRate + throttleRate + timeoutRate must not exceed 1");
        }
        if (latencyMs != null && (latencyMs < 0 || latencyMs > 600_000)) {
            problems.add("latencyMs must be between 0 and 600000");
        }
        if (failNext != null && failNext < 0) {
            problems.add("failNext must not be negative");
        }
        if (retryAfterSeconds != null && retryAfterSeconds < 1) {
            problems.add("retryAfterSeconds must be at least 1");
        }
        return problems;
    }

    FaultSettings toSettings() {
        return new FaultSettings(or0(serverErrorRate), or0(throttleRate), or0(timeoutRate),
                latencyMs == null ? 0 : latencyMs,
                failNext == null ? 0 : failNext,
                failWith == null ? FaultKind.UNAVAILABLE : failWith,
                retryAfterSeconds == null ? 1 : retryAfterSeconds);
    }

    private static void checkRate(String name, Double rate, List<String> problems) {
        if (rate != null && (rate < 0 || rate > 1 || rate.isNaN())) {
            problems.add(name + " must be between 0 and 1");
        }
    }

    private static double or0(Double value) {
        return value == null ? 0 : value;
    }
}
