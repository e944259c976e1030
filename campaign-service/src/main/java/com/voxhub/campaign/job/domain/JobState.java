package com.voxhub.campaign.job.domain;

/** Seed 002 job states, as integers on the wire. */
public final class JobState {

    public static final int QUEUED = 0;
    public static final int CALLING = 1;
    public static final int SUCCEEDED = 2;
    public static final int FAILED = 3;
    public static final int CANCELLED = 4;

    private JobState() {
    }

    public static boolean isFinal(int state) {
        return state >= SUCCEEDED;
    }

    /**
     * Outcomes arrive from several services and out of order; a job only moves forward: queued to calling to a
     * final state, and a final state is never left (a late "calling" after "succeeded" changes nothing).
     */
    public static boolean canMove(int from, int to) {
        return !isFinal(from) && to > from;
    }
}
