package com.voxhub.campaign.job.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobStateTest {

    @Test
    void aJobMovesFromQueuedToCallingToAFinalState() {
        assertThat(JobState.canMove(JobState.QUEUED, JobState.CALLING)).isTrue();
        assertThat(JobState.canMove(JobState.CALLING, JobState.SUCCEEDED)).isTrue();
        assertThat(JobState.canMove(JobState.QUEUED, JobState.FAILED)).isTrue();
    }

    @Test
    void aLateCallingReportNeverMovesASucceededJobBack() {
        assertThat(JobState.canMove(JobState.SUCCEEDED, JobState.CALLING)).isFalse();
        assertThat(JobState.canMove(JobState.SUCCEEDED, JobState.FAILED)).isFalse();
        assertThat(JobState.canMove(JobState.CANCELLED, JobState.SUCCEEDED)).isFalse();
    }

    @Test
    void theSameStateTwiceIsNoChange() {
        assertThat(JobState.canMove(JobState.CALLING, JobState.CALLING)).isFalse();
    }
}
