package com.voxhub.dialer.call.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.dialer.job.domain.DialChannel;
import com.voxhub.dialer.job.domain.DialJob;
import com.voxhub.dialer.job.domain.JobPhase;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallPlanningTest {

    @Test
    void attemptsMoveThroughTheJobsNumbersInOrderAndWrapAround() {
        DialJob job = new DialJob(1, 2, 3, DialChannel.VOICE, List.of("+331", "+332"), false, null, false, null,
                JobPhase.WAITING, 0, null, null, null);

        assertThat(job.numberForAttempt(1)).isEqualTo("+331");
        assertThat(job.numberForAttempt(2)).isEqualTo("+332");
        assertThat(job.numberForAttempt(3)).isEqualTo("+331");
    }

    @Test
    void anAlphanumericSenderCannotCallSoTheDefaultCallerIdIsUsed() {
        assertThat(CallerId.choose("+33612345678", "+15005550006")).isEqualTo("+33612345678");
        assertThat(CallerId.choose("MyShop", "+15005550006")).isEqualTo("+15005550006");
        assertThat(CallerId.choose(null, "+15005550006")).isEqualTo("+15005550006");
    }

    @Test
    void voiceMessagesWaitForTheBeepOnAMachine() {
        assertThat(MachineDetection.forCall(true, true)).isEqualTo(MachineDetection.DETECT_MESSAGE_END);
        assertThat(MachineDetection.forCall(false, true)).isEqualTo(MachineDetection.DETECT_MESSAGE_END);
        assertThat(MachineDetection.forCall(false, false)).isEqualTo(MachineDetection.NONE);
    }

    @Test
    void outcomesOfTerminalStatuses() {
        assertThat(CallOutcome.ofTerminal(AttemptStatus.COMPLETED, null)).isEqualTo(CallOutcome.ANSWERED_HUMAN);
        assertThat(CallOutcome.ofTerminal(AttemptStatus.COMPLETED, AnsweredBy.MACHINE))
                .isEqualTo(CallOutcome.ANSWERED_MACHINE);
        assertThat(CallOutcome.ofTerminal(AttemptStatus.BUSY, null)).isEqualTo(CallOutcome.BUSY);
        assertThat(CallOutcome.ofRejection(RejectionReason.INVALID_NUMBER)).isEqualTo(CallOutcome.INVALID_NUMBER);
    }
}
