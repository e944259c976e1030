package com.voxhub.webhook.provider.sendgrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.voxhub.webhook.Fixtures;
import com.voxhub.webhook.callback.domain.CallbackRefused;
import com.voxhub.webhook.callback.domain.Channel;
import com.voxhub.webhook.callback.domain.EventType;
import com.voxhub.webhook.callback.domain.ProviderEvent;
import com.voxhub.webhook.callback.domain.RefusalReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendGridEventParserTest {

    private final SendGridEventParser parser = new SendGridEventParser();

    @Test
    void shouldNormalizeEveryDocumentedEventType() {
        List<ProviderEvent> events = parser.parse(Fixtures.bytes("sendgrid/documented-events.json"));

        assertThat(events).extracting(ProviderEvent::type, ProviderEvent::bounceType).containsExactly(
                tuple(EventType.SENT, null),
                tuple(EventType.DEFERRED, null),
                tuple(EventType.DELIVERED, null),
                tuple(EventType.OPENED, null),
                tuple(EventType.CLICKED, null),
                tuple(EventType.BOUNCED, "hard"),
                tuple(EventType.DROPPED, null),
                tuple(EventType.SPAM_COMPLAINT, null),
                tuple(EventType.UNSUBSCRIBED, null),
                tuple(EventType.UNSUBSCRIBED, null),
                tuple(EventType.UNKNOWN, null));
        assertThat(events).allSatisfy(event -> {
            assertThat(event.provider()).isEqualTo("sendgrid");
            assertThat(event.channel()).isEqualTo(Channel.EMAIL);
            assertThat(event.providerMessageId()).isEqualTo("sg_message_id");
            assertThat(event.providerEventId()).isEqualTo("sg_event_id");
            assertThat(event.to()).isEqualTo("example@test.com");
            assertThat(event.providerTimestamp()).isEqualTo(Instant.ofEpochSecond(1513299569));
            assertThat(event.sequence()).isNull();
        });
    }

    @Test
    void shouldCarryTheDetailsOfEachEvent() {
        List<ProviderEvent> events = parser.parse(Fixtures.bytes("sendgrid/documented-events.json"));

        assertThat(events.get(1).errorMessage()).isEqualTo("400 try again later");
        assertThat(events.get(2).errorMessage()).isNull();
        assertThat(events.get(3).machineOpen()).isFalse();
        assertThat(events.get(4).url()).isEqualTo("http://www.sendgrid.com/");
        assertThat(events.get(5).errorCode()).isEqualTo("5.0.0");
        assertThat(events.get(5).errorMessage()).isEqualTo("500 unknown recipient");
        assertThat(events.get(6).errorMessage()).isEqualTo("Bounced Address");
        assertThat(events.get(9).url()).isNull();
    }

    @Test
    void shouldTellABlockFromAHardBounceAndKeepOnlyTheMessageIdOurSenderStored() {
        ProviderEvent event = parser.parse(Fixtures.bytes("sendgrid/blocked-bounce-without-status.json")).get(0);

        assertThat(event.type()).isEqualTo(EventType.BOUNCED);
        assertThat(event.bounceType()).isEqualTo("block");
        assertThat(event.errorCode()).isNull();
        assertThat(event.providerMessageId()).isEqualTo("euo2iKxdSayPF4YE4--I7A");
        assertThat(event.reference()).isEqualTo("msg-77");
    }

    @Test
    void shouldFlagAMachineOpenAndReadOurReferenceFromTheCustomArgs() {
        ProviderEvent event = parse("""
                [{"email":"a@example.com","timestamp":1700000000,"event":"open","sg_machine_open":true,
                  "sg_event_id":"ev-1","sg_message_id":"abc.filter-1","reference":"msg-9"}]""");

        assertThat(event.type()).isEqualTo(EventType.OPENED);
        assertThat(event.machineOpen()).isTrue();
        assertThat(event.reference()).isEqualTo("msg-9");
        assertThat(event.providerMessageId()).isEqualTo("abc");
    }

    @Test
    void whenAnAsynchronousBounceHasNoMessageIdThenTheSmtpIdStandsIn() {
        ProviderEvent event = parse("""
                [{"email":"a@example.com","timestamp":1700000000,"event":"bounce","type":"bounce",
                  "sg_event_id":"ev-2","smtp-id":"<abc@mail.example>"}]""");

        assertThat(event.providerMessageId()).isEqualTo("abc@mail.example");
    }

    @Test
    void whenAnEventHasNoIdThenItsContentIdentifiesIt() {
        String batch = """
                [{"email":"a@example.com","timestamp":1700000000,"event":"delivered","sg_message_id":"m1"}]""";

        assertThat(parse(batch).providerEventId()).hasSize(64).isEqualTo(parse(batch).providerEventId());
    }

    @Test
    void whenTheBodyIsNotAnArrayOfEventsThenItIsMalformed() {
        assertMalformed("{\"event\":\"open\"}");
        assertMalformed("[1, 2]");
        assertMalformed("[{\"email\":\"a@example.com\"}]");
        assertMalformed("[{\"event\":\"open\",");
        assertMalformed("[{\"event\":\"open\",\"timestamp\":\"yesterday\"}]");
    }

    private ProviderEvent parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8)).get(0);
    }

    private void assertMalformed(String json) {
        assertThatThrownBy(() -> parser.parse(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CallbackRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.MALFORMED_BODY));
    }
}
