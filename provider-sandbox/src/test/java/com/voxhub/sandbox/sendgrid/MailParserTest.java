package com.voxhub.sandbox.sendgrid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MailParserTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void shouldExtractRecipientsContentReferenceAndTracking() {
        MailParser.Result result = MailParser.parse(json.readTree("""
                {"personalizations":[{"to":[{"email":"jane@example.com"}],"cc":[{"email":"bob@example.com"}],
                  "custom_args":{"reference":"msg-7"}}],
                 "from":{"email":"noreply@voxhub.test"},"subject":"Hi",
                 "content":[{"type":"text/plain","value":"Hello"},{"type":"text/html","value":"<p>Hello</p>"}],
                 "categories":["campaign-3"],"custom_args":{"account":"12"},
                 "tracking_settings":{"open_tracking":{"enable":false}}}
                """));

        assertThat(result.errors()).isEmpty();
        MailSend mail = result.mail();
        assertThat(mail.allRecipients()).containsExactly("jane@example.com", "bob@example.com");
        assertThat(mail.reference()).isEqualTo("msg-7");
        assertThat(mail.text()).isEqualTo("Hello");
        assertThat(mail.html()).isEqualTo("<p>Hello</p>");
        assertThat(mail.openTracking()).isFalse();
        assertThat(mail.clickTracking()).isNull();
    }

    @Test
    void shouldReportEveryProblemWithSendGridsFieldPaths() {
        MailParser.Result result = MailParser.parse(json.readTree("""
                {"personalizations":[{"to":[{"email":"not-an-address"}]}],
                 "content":[{"type":"text/html","value":""}]}
                """));

        assertThat(result.mail()).isNull();
        assertThat(result.errors()).extracting(SendGridErrors.Error::field)
                .containsExactly("personalizations.0.to.0.email", "from.email", "subject", "content.0.value");
    }
}
