package com.voxhub.dialer.call.application;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Attempts this process is requesting right now. The reconciler leaves them alone: their outcome is not unknown,
 * only not yet known.
 */
@Component
public class InFlightAttempts {

    private final Set<UUID> attempts = ConcurrentHashMap.newKeySet();

    public void add(UUID attemptId) {
        attempts.add(attemptId);
    }

    public void remove(UUID attemptId) {
        attempts.remove(attemptId);
    }

    public boolean contains(UUID attemptId) {
        return attempts.contains(attemptId);
    }

    public int size() {
        return attempts.size();
    }
}
