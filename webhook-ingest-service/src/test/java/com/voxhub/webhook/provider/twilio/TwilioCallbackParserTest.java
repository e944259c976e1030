package com.voxhub.webhook.provider.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voxhub.webhook.Fixtures;
import com.voxhub.webhook.callback.domain.CallbackRefused;
import com.voxhub.webhook.callback.domain.Channel;
import com.voxhub.webhook.callback.domain.EventType;
import com.voxhub.webhook.callback.domain.InboundReply;
import com.voxhub.webhook.callback.domain.ProviderEvent;
import com.voxhub.webhook.callback.domain.RefusalReason;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwilioCallbackParserTest {

    private final TwilioCallbackParser parser = new TwilioCallbackParser();

    @Test
    void shouldNormalizeTheDocumentedMessageStatusCallback() {
        ProviderEvent event = parser.messageStatus(form("twilio/message-status-sent.form"), "msg-42");

        assertThat(event.provider()).isEqualTo("twilio");
        assertThat(event.providerMessageId()).isEqualTo("SMXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX");
        assertThat(event.channel()).isEqualTo(Channel.SMS);
        assertThat(event.type()).isEqualTo(EventType.SENT);
        assertThat(event.reference()).isEqualTo("msg-42");
        assertThat(event.from()).isEqualTo("+15017122661");
        assertThat(event.to()).isEqualTo("+15558675310");
        assertThat(event.errorCode()).isNull();
        assertThat(event.providerTimestamp()).isNull();
        assertThat(event.sequence()).isNull();
    }

    @Test
    void shouldCarryTheErrorCodeOfAnUndeliveredMessage() {
        ProviderEvent event = parser.messageStatus(form("twilio/message-status-undelivered.form"), null);

        assertThat(event.type()).isEqualTo(EventType.UNDELIVERED);
        assertThat(event.errorCode()).isEqualTo("30003");
        assertThat(event.reference()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "accepted, QUEUED", "queued, QUEUED", "scheduled, QUEUED", "sending, SENT", "sent, SENT",
            "delivered, DELIVERED", "undelivered, UNDELIVERED", "failed, FAILED", "read, READ",
            "canceled, FAILED", "something-new, UNKNOWN"})
    void shouldMapEveryMessageStatus(String status, EventType expected) {
        TwilioForm form = TwilioForm.parse("MessageSid=SM1&MessageStatus=" + status);

        assertThat(parser.messageStatus(form, null).type()).isEqualTo(expected);
    }

    @Test
    void shouldNormalizeTheDocumentedCompletedCallWithAnsweringMachineDetection() {
        ProviderEvent event = parser.callStatus(form("twilio/call-status-completed.form"), "attempt-7");

        assertThat(event.providerMessageId()).isEqualTo("CAXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX");
        assertThat(event.channel()).isEqualTo(Channel.VOICE);
        assertThat(event.type()).isEqualTo(EventType.CALL_COMPLETED);
        assertThat(event.answeredBy()).isEqualTo("machine");
        assertThat(event.durationSeconds()).isEqualTo(42);
        assertThat(event.providerTimestamp()).isEqualTo(Instant.parse("2019-08-20T21:54:08Z"));
        assertThat(event.sequence()).isEqualTo(3L);
        assertThat(event.reference()).isEqualTo("attempt-7");
    }

    @Test
    void shouldCarryTheSequenceOfTheFirstCallProgressEvent() {
        ProviderEvent event = parser.callStatus(form("twilio/call-status-initiated.form"), null);

        assertThat(event.type()).isEqualTo(EventType.CALL_INITIATED);
        assertThat(event.sequence()).isZero();
        assertThat(event.answeredBy()).isNull();
        assertThat(event.durationSeconds()).isNull();
    }

    @Test
    void shouldTreatAnAsynchronousAmdCallbackAsAnAnswerWithItsDetectionResult() {
        ProviderEvent event = parser.callStatus(form("twilio/call-amd-async.form"), null);

        assertThat(event.type()).isEqualTo(EventType.CALL_ANSWERED);
        assertThat(event.answeredBy()).isEqualTo("human");
    }

    @Test
    void shouldCarryThePressedKeys() {
        ProviderEvent event = parser.callStatus(form("twilio/call-gather-digits.form"), null);

        assertThat(event.type()).isEqualTo(EventType.CALL_ANSWERED);
        assertThat(event.pressedKeys()).isEqualTo("1234");
    }

    @ParameterizedTest
    @CsvSource({
            "queued, CALL_INITIATED", "initiated, CALL_INITIATED", "ringing, CALL_RINGING",
            "in-progress, CALL_ANSWERED", "answered, CALL_ANSWERED", "completed, CALL_COMPLETED", "busy, CALL_BUSY",
            "no-answer, CALL_NO_ANSWER", "failed, CALL_FAILED", "canceled, CALL_CANCELED", "new-one, UNKNOWN"})
    void shouldMapEveryCallStatus(String status, EventType expected) {
        TwilioForm form = TwilioForm.parse("CallSid=CA1&CallStatus=" + status);

        assertThat(parser.callStatus(form, null).type()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "human, human", "machine_start, machine", "machine_end_beep, machine", "machine_end_silence, machine",
            "machine_end_other, machine", "fax, fax", "unknown, unknown"})
    void shouldMapEveryAnsweredBy(String answeredBy, String expected) {
        TwilioForm form = TwilioForm.parse("CallSid=CA1&CallStatus=in-progress&AnsweredBy=" + answeredBy);

        assertThat(parser.callStatus(form, null).answeredBy()).isEqualTo(expected);
    }

    @Test
    void shouldNormalizeTheDocumentedInboundSms() {
        InboundReply reply = parser.inboundSms(form("twilio/inbound-sms.form"), 42L);

        assertThat(reply.providerMessageId()).isEqualTo("SMXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX");
        assertThat(reply.channel()).isEqualTo(Channel.SMS);
        assertThat(reply.from()).isEqualTo("+15558675310");
        assertThat(reply.to()).isEqualTo("+15017122661");
        assertThat(reply.body()).isEqualTo("STOP");
        assertThat(reply.key()).isEqualTo("42:+15558675310");
    }

    @Test
    void shouldGiveTheSameCallbackTheSameEventIdAndAnotherStatusAnother() {
        ProviderEvent first = parser.messageStatus(form("twilio/message-status-sent.form"), null);
        ProviderEvent retried = parser.messageStatus(form("twilio/message-status-sent.form"), null);
        ProviderEvent later = parser.messageStatus(form("twilio/message-status-undelivered.form"), null);

        assertThat(retried.eventId()).isEqualTo(first.eventId());
        assertThat(later.eventId()).isNotEqualTo(first.eventId());
    }

    @Test
    void whenTheMessageSidIsMissingThenTheBodyIsMalformed() {
        assertThatThrownBy(() -> parser.messageStatus(TwilioForm.parse("MessageStatus=sent"), null))
                .isInstanceOfSatisfying(CallbackRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.MALFORMED_BODY));
    }

    @Test
    void whenANumberIsGarbledThenTheBodyIsMalformed() {
        TwilioForm form = TwilioForm.parse("CallSid=CA1&CallStatus=completed&CallDuration=ten");

        assertThatThrownBy(() -> parser.callStatus(form, null)).isInstanceOf(CallbackRefused.class);
    }

    @Test
    void whenThePercentEncodingIsBrokenThenTheBodyIsMalformed() {
        assertThatThrownBy(() -> TwilioForm.parse("MessageSid=SM%ZZ"))
                .isInstanceOfSatisfying(CallbackRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.MALFORMED_BODY));
    }

    private static TwilioForm form(String resource) {
        return TwilioForm.parse(Fixtures.bytes(resource));
    }
}
