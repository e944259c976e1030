package com.voxhub.dialer.call.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AttemptStatusTest {

    private final CallAttempt placed = CallAttempt.requesting(UUID.randomUUID(), 7, 1, "+33100000000", "twilio",
            Instant.parse("2026-01-01T10:00:00Z"));

    @Test
    void callMovesForwardThroughTheUsualCallbacks() {
        CallAttempt attempt = placed;
        for (AttemptStatus next : new AttemptStatus[] {AttemptStatus.PLACED, AttemptStatus.INITIATED,
                AttemptStatus.RINGING, AttemptStatus.ANSWERED, AttemptStatus.COMPLETED}) {
            attempt = attempt.advancedBy(report(next, null)).orElseThrow();
            assertThat(attempt.status()).isEqualTo(next);
        }
    }

    @Test
    void ringingAfterAnsweredDoesNotMoveTheCallBackwards() {
        CallAttempt answered = placed.advancedBy(report(AttemptStatus.ANSWERED, null)).orElseThrow();

        assertThat(answered.advancedBy(report(AttemptStatus.RINGING, null))).isEmpty();
        assertThat(answered.advancedBy(report(AttemptStatus.INITIATED, null))).isEmpty();
    }

    @Test
    void aRepeatedStatusIsNotAppliedTwice() {
        CallAttempt ringing = placed.advancedBy(report(AttemptStatus.RINGING, null)).orElseThrow();

        assertThat(ringing.advancedBy(report(AttemptStatus.RINGING, null))).isEmpty();
    }

    @Test
    void aTerminalStatusIsNeverLeft() {
        for (AttemptStatus terminal : new AttemptStatus[] {AttemptStatus.COMPLETED, AttemptStatus.BUSY,
                AttemptStatus.NO_ANSWER, AttemptStatus.FAILED, AttemptStatus.CANCELED}) {
            for (AttemptStatus any : AttemptStatus.values()) {
                assertThat(terminal.canAdvanceTo(any)).as(terminal + " -> " + any).isFalse();
            }
        }
    }

    @Test
    void completedMayArriveBeforeAnsweredAndTheLateAnsweredIsIgnored() {
        CallAttempt completed = placed.advancedBy(report(AttemptStatus.COMPLETED, null)).orElseThrow();

        assertThat(completed.advancedBy(report(AttemptStatus.ANSWERED, AnsweredBy.HUMAN))).isEmpty();
    }

    @Test
    void detailsAlreadyKnownAreKeptWhenALaterReportLacksThem() {
        CallAttempt answered = placed.advancedBy(new CallStatusReport(placed.attemptId(), "CA1",
                AttemptStatus.ANSWERED, AnsweredBy.MACHINE, null, "5", null, null)).orElseThrow();

        CallAttempt completed = answered.advancedBy(new CallStatusReport(placed.attemptId(), "CA1",
                AttemptStatus.COMPLETED, null, 42, null, null, null)).orElseThrow();

        assertThat(completed.answeredBy()).isEqualTo(AnsweredBy.MACHINE);
        assertThat(completed.pressedKeys()).isEqualTo("5");
        assertThat(completed.durationSeconds()).isEqualTo(42);
        assertThat(completed.providerCallId()).isEqualTo("CA1");
    }

    @Test
    void providerWordsForWhoAnsweredAreNormalized() {
        assertThat(AnsweredBy.parse("machine_end_beep")).isEqualTo(AnsweredBy.MACHINE);
        assertThat(AnsweredBy.parse("human")).isEqualTo(AnsweredBy.HUMAN);
        assertThat(AnsweredBy.parse("FAX")).isEqualTo(AnsweredBy.FAX);
        assertThat(AnsweredBy.parse("unknown")).isEqualTo(AnsweredBy.UNKNOWN);
        assertThat(AnsweredBy.parse(" ")).isNull();
    }

    private CallStatusReport report(AttemptStatus status, AnsweredBy answeredBy) {
        return new CallStatusReport(placed.attemptId(), "CA1", status, answeredBy, null, null, null, null);
    }
}
