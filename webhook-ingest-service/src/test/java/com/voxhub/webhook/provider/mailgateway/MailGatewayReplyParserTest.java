package com.voxhub.webhook.provider.mailgateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voxhub.webhook.Fixtures;
import com.voxhub.webhook.MultipartBodies;
import com.voxhub.webhook.callback.domain.CallbackRefused;
import com.voxhub.webhook.callback.domain.Channel;
import com.voxhub.webhook.callback.domain.FieldLimits;
import com.voxhub.webhook.callback.domain.InboundReply;
import com.voxhub.webhook.callback.domain.RefusalReason;
import com.voxhub.webhook.provider.email.InboundEmailParser;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailGatewayReplyParserTest {

    private final MailGatewayReplyParser parser =
            new MailGatewayReplyParser(new InboundEmailParser(FieldLimits.DEFAULTS));

    /** The seed's example values for every field. */
    static Map<String, String> seedFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", new String(Fixtures.bytes("mailgateway/seed-001-reply.eml"), StandardCharsets.UTF_8));
        fields.put("to", "User Name <reply@sub.domain.com>");
        fields.put("cc", "user <sample1@example.com>");
        fields.put("from", "senderName <sender@example.com>");
        fields.put("sender_ip", "192.168.1.1");
        fields.put("envelope", "{\"to\":[\"reply@sub.domain.com\"],\"from\":\"sender@domain.com\"}");
        fields.put("subject", "Re: Your application");
        fields.put("spf", "pass");
        fields.put("charsets", "{\"to\":\"UTF-8\",\"from\":\"UTF-8\",\"subject\":\"UTF-8\"}");
        return fields;
    }

    @Test
    void shouldReadTheSeedsFieldsAndTheRawEmail() {
        InboundReply reply = parser.parse(MultipartBodies.form(seedFields()), MultipartBodies.CONTENT_TYPE, 7);

        assertThat(reply.provider()).isEqualTo("mail-gateway");
        assertThat(reply.channel()).isEqualTo(Channel.EMAIL);
        assertThat(reply.accountId()).isEqualTo(7L);
        assertThat(reply.from()).isEqualTo("sender@example.com");
        assertThat(reply.to()).isEqualTo("reply@sub.domain.com");
        assertThat(reply.subject()).isEqualTo("Re: Your application");
        assertThat(reply.body()).isEqualToIgnoringWhitespace("Yes, I am still interested. Call me tomorrow.");
        assertThat(reply.providerMessageId()).isEqualTo("CAHmo5pZ4Q@mail.example.com");
        assertThat(reply.inReplyTo()).isEqualTo("vh-msg-42@voxhub.test");
    }

    @Test
    void aRetriedReplyKeepsItsEventId() {
        InboundReply first = parser.parse(MultipartBodies.form(seedFields()), MultipartBodies.CONTENT_TYPE, 7);
        InboundReply retry = parser.parse(MultipartBodies.form(seedFields()), MultipartBodies.CONTENT_TYPE, 7);

        assertThat(retry.eventId()).isEqualTo(first.eventId());
    }

    @Test
    void whenAMandatoryFieldIsMissingThenItIsNamed() {
        Map<String, String> fields = seedFields();
        fields.remove("envelope");
        fields.remove("charsets");

        assertThatThrownBy(() -> parser.parse(MultipartBodies.form(fields), MultipartBodies.CONTENT_TYPE, 7))
                .isInstanceOfSatisfying(CallbackRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(RefusalReason.MALFORMED_BODY);
                    assertThat(refused.getMessage()).isEqualTo("Missing mandatory fields: envelope, charsets");
                });
    }

    @Test
    void whenTheBodyIsNotMultipartOrTheSenderUnreadableThenItIsMalformed() {
        assertThatThrownBy(() -> parser.parse("nope".getBytes(StandardCharsets.UTF_8), MultipartBodies.CONTENT_TYPE, 7))
                .isInstanceOfSatisfying(CallbackRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.MALFORMED_BODY));
        Map<String, String> fields = seedFields();
        fields.put("from", "nobody");
        fields.put("envelope", "{\"to\":[\"reply@sub.domain.com\"]}");
        assertThatThrownBy(() -> parser.parse(MultipartBodies.form(fields), MultipartBodies.CONTENT_TYPE, 7))
                .isInstanceOfSatisfying(CallbackRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.MALFORMED_BODY));
    }

    @Test
    void whenASubjectIsAbsurdlyLongThenItIsRefusedNotCut() {
        Map<String, String> fields = seedFields();
        fields.put("subject", "x".repeat(20000));

        assertThatThrownBy(() -> parser.parse(MultipartBodies.form(fields), MultipartBodies.CONTENT_TYPE, 7))
                .isInstanceOfSatisfying(CallbackRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.FIELD_TOO_LONG));
    }
}
