package com.voxhub.messaging.consent.domain;

import com.voxhub.messaging.message.domain.Channel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InboundRepliesTest {

    private static final long ACCOUNT = 3L;
    private static final String NUMBER = "+33612345678";

    private final InMemoryConsents store = new InMemoryConsents();
    private final ConsentLedger ledger = new ConsentLedger(store, store,
            Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));
    private final List<String> answers = new ArrayList<>();
    private final InboundReplies replies = new InboundReplies(ledger,
            accountId -> "Acme jobs: reply STOP to opt out",
            (accountId, to, from, text) -> answers.add(accountId + "|" + to + "|" + from + "|" + text));

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop", " Stop. ", "END", "CANCEL", "UNSUBSCRIBE", "QUIT", "REVOKE", "OPT OUT",
            "opt  out", "STOPALL"})
    void shouldOptTheNumberOutOfTextsAndCallsOnAnOptOutKeyword(String body) {
        assertThat(replies.sms(ACCOUNT, NUMBER, "+15005550006", body)).contains(SmsKeyword.OPT_OUT);

        assertThat(store.published).extracting(Consent::channel)
                .containsExactly(ConsentChannel.SMS, ConsentChannel.VOICE, ConsentChannel.VMS);
        assertThat(store.published).allSatisfy(consent -> {
            assertThat(consent.status()).isEqualTo(ConsentStatus.OPTED_OUT);
            assertThat(consent.source()).isEqualTo("SMS_KEYWORD");
            assertThat(consent.address()).isEqualTo(NUMBER);
        });
        assertThat(ledger.refusal(ACCOUNT, Channel.SMS, "+33 6 12 34 56 78")).contains("opted_out: sms_keyword");
        assertThat(ledger.refusal(ACCOUNT, Channel.EMAIL, "ada@example.com")).isEmpty();
        assertThat(ledger.refusal(4L, Channel.SMS, NUMBER)).as("another account's ledger").isEmpty();
    }

    @Test
    void shouldNotTreatAKeywordInsideASentenceAsAnOptOut() {
        assertThat(replies.sms(ACCOUNT, NUMBER, "+15005550006", "Please stop by at 5")).isEmpty();

        assertThat(store.published).isEmpty();
        assertThat(ledger.refusal(ACCOUNT, Channel.SMS, NUMBER)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"START", "unstop"})
    void shouldOptTheNumberBackInOnStart(String body) {
        replies.sms(ACCOUNT, NUMBER, "+15005550006", "STOP");

        assertThat(replies.sms(ACCOUNT, NUMBER, "+15005550006", body)).contains(SmsKeyword.OPT_IN);

        assertThat(ledger.refusal(ACCOUNT, Channel.SMS, NUMBER)).isEmpty();
        assertThat(store.published).hasSize(6);
        assertThat(store.published.subList(3, 6)).extracting(Consent::status).containsOnly(ConsentStatus.OPTED_IN);
    }

    @Test
    void shouldAnswerHelpWithTheAccountsHelpTextFromTheNumberTheContactWroteTo() {
        assertThat(replies.sms(ACCOUNT, NUMBER, "+15005550006", "help")).contains(SmsKeyword.HELP);

        assertThat(answers).containsExactly("3|+33612345678|+15005550006|Acme jobs: reply STOP to opt out");
        assertThat(store.published).isEmpty();
    }

    @Test
    void shouldPublishOnlyChangesButKeepEveryRequestInTheHistory() {
        replies.sms(ACCOUNT, NUMBER, "+15005550006", "STOP");
        replies.sms(ACCOUNT, NUMBER, "+15005550006", "QUIT");

        assertThat(store.published).hasSize(3);
        assertThat(ledger.countHistory(ACCOUNT, ConsentChannel.SMS, NUMBER)).isEqualTo(2);
        assertThat(ledger.history(ACCOUNT, ConsentChannel.SMS, NUMBER, 0, 1)).singleElement()
                .satisfies(latest -> assertThat(latest.reason()).isEqualTo("QUIT"));
    }

    @Test
    void shouldSuppressAnEmailAddressWhateverItsCase() {
        ledger.suppress(ACCOUNT, Channel.EMAIL, "Ada@Example.com", "HARD_BOUNCE", "sendgrid bounced");

        assertThat(ledger.refusal(ACCOUNT, Channel.EMAIL, "ada@example.com")).contains("opted_out: hard_bounce");
        assertThat(store.published).singleElement().satisfies(consent -> {
            assertThat(consent.channel()).isEqualTo(ConsentChannel.EMAIL);
            assertThat(consent.address()).isEqualTo("ada@example.com");
        });
    }
}
