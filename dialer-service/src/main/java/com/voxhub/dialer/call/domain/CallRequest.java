package com.voxhub.dialer.call.domain;

import java.time.Duration;
import java.util.UUID;

/**
 * One call to place. The attempt id travels to the provider as our reference.
 *
 * @param from        caller id (E.164)
 * @param ringTimeout how long the provider lets it ring before reporting no answer
 */
public record CallRequest(UUID attemptId, String to, String from, MachineDetection machineDetection,
                          Duration ringTimeout) {
}
