package com.voxhub.dialer.job.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One contact to reach in one campaign, as the dialer tracks it.
 *
 * @param wantsPressedKeys seed 003 {@code get_back_pressed_keys}: gather one key after the message
 * @param agentNumber      where a live call is bridged, or null to play the message and hang up
 * @param simulation       nothing may reach a provider (seed 003 simulation mode, test keys)
 * @param sendAt           not before this instant: the later of seed 003 {@code send_at} and seed 002 {@code appointment}
 * @param country          the contact's country (ISO 3166-1 alpha-2), the region of a number without country code
 */
public record DialJob(long jobId, long campaignId, long accountId, DialChannel channel, List<String> numbers,
                      boolean wantsPressedKeys, String agentNumber, boolean simulation, Instant sendAt,
                      JobPhase phase, int attempts, Instant nextAttemptAt, UUID currentAttemptId,
                      String country) {

    public DialJob {
        numbers = List.copyOf(numbers);
    }

    /** Attempts move through the job's numbers in order, wrapping around when there are more attempts than numbers. */
    public String numberForAttempt(int attemptNumber) {
        if (numbers.isEmpty()) {
            throw new IllegalStateException("job " + jobId + " has no number to dial");
        }
        return numbers.get((attemptNumber - 1) % numbers.size());
    }

    public int nextAttemptNumber() {
        return attempts + 1;
    }
}
