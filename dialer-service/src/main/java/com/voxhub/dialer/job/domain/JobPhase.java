package com.voxhub.dialer.job.domain;

/**
 * Where a job is in the dialer. WAITING jobs are picked by the scheduler once due and their campaign is ACTIVE;
 * DIALING has exactly one attempt whose outcome is awaited; FINISHED and CANCELLED are final.
 */
public enum JobPhase {
    WAITING, DIALING, FINISHED, CANCELLED;

    public boolean isOpen() {
        return this == WAITING || this == DIALING;
    }
}
