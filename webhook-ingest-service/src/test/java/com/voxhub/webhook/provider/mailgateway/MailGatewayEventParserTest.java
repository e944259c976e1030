package com.voxhub.webhook.provider.mailgateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voxhub.webhook.Fixtures;
import com.voxhub.webhook.callback.domain.CallbackRefused;
import com.voxhub.webhook.callback.domain.Channel;
import com.voxhub.webhook.callback.domain.EventType;
import com.voxhub.webhook.callback.domain.FieldLimits;
import com.voxhub.webhook.callback.domain.ProviderEvent;
import com.voxhub.webhook.callback.domain.RefusalReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailGatewayEventParserTest {

    private final MailGatewayEventParser parser = new MailGatewayEventParser(FieldLimits.DEFAULTS);

    @Test
    void shouldNormalizeEverySeedEventType() {
        List<ProviderEvent> events = parser.parse(Fixtures.bytes("mailgateway/seed-001-events.json"));

        assertThat(events).extracting(ProviderEvent::type).containsExactly(
                EventType.DELIVERED, EventType.OPENED, EventType.CLICKED, EventType.CLICKED, EventType.UNKNOWN,
                EventType.UNSUBSCRIBED, EventType.BOUNCED);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.provider()).isEqualTo("mail-gateway");
            assertThat(event.channel()).isEqualTo(Channel.EMAIL);
            assertThat(event.to()).isEqualTo("xyz@domain.com");
            assertThat(event.providerMessageId()).isEqualTo("14c5d75ce93");
        });
        assertThat(events).extracting(ProviderEvent::providerEventId).containsExactly(
                "sg-ev-delivered-1", "sg-ev-open-1", "sg-ev-click-1", "ev-apply-click-1", "ev-applicant-1",
                "ev-unsubscribe-1", "sg-ev-bounce-1");
        assertThat(events.get(0).providerTimestamp()).isEqualTo(Instant.ofEpochSecond(1717667043));
        assertThat(events.get(1).machineOpen()).isTrue();
        assertThat(events.get(2).url()).isEqualTo("http://www.sendgrid.com/");
        assertThat(events.get(3).url()).isEqualTo("https://jobs.example.com/apply/42");
        ProviderEvent bounce = events.get(6);
        assertThat(bounce.bounceType()).isEqualTo("hard");
        assertThat(bounce.errorCode()).isEqualTo("5.0.0");
        assertThat(bounce.errorMessage()).isEqualTo("500 unknown recipient");
        assertThat(bounce.sequence()).isEqualTo(2L);
    }

    @Test
    void shouldAcceptASingleEventObjectAsTheSeedShowsIt() {
        String body = "{\"email\":\"xyz@domain.com\",\"timestamp\":1717667043,\"event\":\"open\",\"machineOpen\":true,"
                + "\"messageId\":\"m-1\",\"eventId\":\"e-1\",\"category\":[\"a\"]}";

        List<ProviderEvent> events = parser.parse(body.getBytes(StandardCharsets.UTF_8));

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventType.OPENED);
            assertThat(event.machineOpen()).isTrue();
            assertThat(event.providerEventId()).isEqualTo("e-1");
        });
    }

    @Test
    void anEventWithoutAnIdGetsAContentHashSoItsRetryHasTheSameEventId() {
        String body = "[{\"email\":\"xyz@domain.com\",\"event\":\"applicant\",\"messageId\":\"m-1\",\"category\":[]}]";

        ProviderEvent first = parser.parse(body.getBytes(StandardCharsets.UTF_8)).get(0);
        ProviderEvent retry = parser.parse(body.getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(first.providerEventId()).hasSize(64);
        assertThat(retry.eventId()).isEqualTo(first.eventId());
    }

    @Test
    void whenARequiredFieldIsMissingOrWrongThenTheWholeBodyIsRefused() {
        assertRefused("[{\"event\":\"open\",\"timestamp\":1}]", RefusalReason.MALFORMED_BODY);
        assertRefused("[{\"email\":\"a@b.c\",\"timestamp\":1}]", RefusalReason.MALFORMED_BODY);
        assertRefused("[{\"email\":\"a@b.c\",\"event\":\"delivered\"}]", RefusalReason.MALFORMED_BODY);
        assertRefused("[{\"email\":\"a@b.c\",\"event\":\"open\",\"timestamp\":\"yesterday\"}]",
                RefusalReason.MALFORMED_BODY);
        assertRefused("[]", RefusalReason.MALFORMED_BODY);
        assertRefused("\"open\"", RefusalReason.MALFORMED_BODY);
        assertRefused("{not json", RefusalReason.MALFORMED_BODY);
        assertRefused("[{\"email\":\"a@b.c\",\"event\":\"applicant\",\"eventId\":\"" + "x".repeat(101) + "\"}]",
                RefusalReason.FIELD_TOO_LONG);
        assertRefused("[{\"email\":\"" + "a".repeat(20000) + "@b.c\",\"event\":\"applicant\"}]",
                RefusalReason.FIELD_TOO_LONG);
    }

    private void assertRefused(String body, RefusalReason reason) {
        assertThatThrownBy(() -> parser.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CallbackRefused.class, refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
