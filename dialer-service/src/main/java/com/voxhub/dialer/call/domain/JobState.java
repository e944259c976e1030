package com.voxhub.dialer.call.domain;

/** Seed 002 job states, as carried by {@code JobDialingFinished.jobState}. */
public enum JobState {
    QUEUED(0), CALLING(1), SUCCEEDED(2), FAILED(3), CANCELLED(4);

    private final int code;

    JobState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
