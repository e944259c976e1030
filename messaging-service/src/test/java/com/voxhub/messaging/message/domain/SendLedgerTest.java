package com.voxhub.messaging.message.domain;

import com.voxhub.messaging.campaign.domain.Campaign;
import com.voxhub.messaging.campaign.domain.CampaignState;
import com.voxhub.messaging.template.domain.Templates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SendLedgerTest {

    private final InMemoryLedger store = new InMemoryLedger();
    private final MutableClock clock = new MutableClock();
    private final DispatchPolicy policy = new DispatchPolicy(3, Duration.ofSeconds(2), Duration.ofMinutes(5));
    private final RecordingConsentGate consent = new RecordingConsentGate();
    private final SendLedger ledger = new SendLedger(store, store, store,
            new MessageComposer(new Templates(), "+15005550006", "no-reply@example.test"), policy, clock, consent);
    private final JobIntake intake = new JobIntake(store, store, clock);

    @BeforeEach
    void aJobForCampaign7() {
        intake.queued(job(1L, Map.of()));
    }

    @Test
    void shouldKeepAJobPendingUntilItsCampaignIsKnownAndActive() {
        assertThat(ledger.claimDue(10, channel -> "twilio")).isEmpty();

        store.save(campaign(1, CampaignState.PAUSED, "Hello {{name}}"));
        assertThat(ledger.claimDue(10, channel -> "twilio")).isEmpty();

        store.save(campaign(2, CampaignState.ACTIVE, "Hello {{name}}"));
        List<Message> claimed = ledger.claimDue(10, channel -> "twilio");

        assertThat(claimed).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MessageStatus.SENDING);
            assertThat(m.content().body()).isEqualTo("Hello Ada");
            assertThat(m.content().sender()).isEqualTo("+15005550006");
            assertThat(m.content().segments()).isEqualTo(1);
            assertThat(m.provider()).isEqualTo("twilio");
        });
        assertThat(store.only().status()).isEqualTo(MessageStatus.SENDING);
    }

    @Test
    void shouldFailAMessageWhoseTemplateNeedsAVariableTheJobLacks() {
        store.save(campaign(1, CampaignState.ACTIVE, "Hello {{name}}, see you at {{data.slot}}"));

        assertThat(ledger.claimDue(10, channel -> "twilio")).isEmpty();

        assertThat(store.only().status()).isEqualTo(MessageStatus.FAILED);
        assertThat(store.only().reason()).isEqualTo("template_error: missing variable data.slot");
        assertThat(store.published).containsExactly(new InMemoryLedger.Published("MessageStatusChanged",
                store.only().messageId(), MessageStatus.FAILED, "template_error: missing variable data.slot"));
    }

    @Test
    void shouldRecordTheProviderIdAndPublishAcceptedOnce() {
        Message sending = claimOne();

        ledger.record(sending.messageId(), new SendResult.Accepted("SM1"));
        ledger.record(sending.messageId(), new SendResult.Accepted("SM1"));

        assertThat(store.only().status()).isEqualTo(MessageStatus.ACCEPTED);
        assertThat(store.only().providerMessageId()).isEqualTo("SM1");
        assertThat(store.published).extracting(InMemoryLedger.Published::type).containsExactly("MessageAccepted");
    }

    @Test
    void shouldFailAMessageTheProviderRejectsForGood() {
        Message sending = claimOne();

        ledger.record(sending.messageId(), new SendResult.Rejected("twilio_21211: invalid_number"));

        assertThat(store.only().status()).isEqualTo(MessageStatus.FAILED);
        assertThat(store.published).containsExactly(new InMemoryLedger.Published("MessageStatusChanged",
                sending.messageId(), MessageStatus.FAILED, "twilio_21211: invalid_number"));
    }

    @Test
    void shouldPutADeferredMessageBackInTheQueueAfterTheProvidersRetryAfter() {
        Message sending = claimOne();

        ledger.record(sending.messageId(), new SendResult.Deferred(Duration.ofSeconds(30), "twilio_http_429"));

        assertThat(store.only().status()).isEqualTo(MessageStatus.PENDING);
        assertThat(store.only().deferrals()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(29));
        assertThat(ledger.claimDue(10, channel -> "twilio")).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(ledger.claimDue(10, channel -> "twilio")).hasSize(1);
    }

    @Test
    void shouldFailAMessageDeferredTooOften() {
        for (int i = 0; i < 3; i++) {
            Message sending = claimOne();
            ledger.record(sending.messageId(), new SendResult.Deferred(Duration.ZERO, "twilio_http_503"));
        }

        assertThat(store.only().status()).isEqualTo(MessageStatus.FAILED);
        assertThat(store.only().reason()).isEqualTo("provider_unavailable: twilio_http_503");
    }

    @Test
    void shouldLeaveAnUnknownOutcomeSendingForTheReconciler() {
        Message sending = claimOne();

        ledger.record(sending.messageId(), new SendResult.Unknown("twilio_timeout"));

        assertThat(store.only().status()).isEqualTo(MessageStatus.SENDING);
        assertThat(ledger.staleSending(Duration.ofMinutes(2), 10)).isEmpty();
        clock.advance(Duration.ofMinutes(3));
        assertThat(ledger.staleSending(Duration.ofMinutes(2), 10)).hasSize(1);
        // The lease is renewed by the claim: a second reconciler does not take it too.
        assertThat(ledger.staleSending(Duration.ofMinutes(2), 10)).isEmpty();
    }

    @Test
    void shouldRecordAMessageTheProviderHasInsteadOfSendingItAgain() {
        Message sending = claimOne();
        clock.advance(Duration.ofMinutes(3));
        ledger.staleSending(Duration.ofMinutes(2), 10);

        assertThat(ledger.reconcile(sending.messageId(), new LookupResult.Found("SM9"))).isEmpty();

        assertThat(store.only().status()).isEqualTo(MessageStatus.ACCEPTED);
        assertThat(store.only().providerMessageId()).isEqualTo("SM9");
        assertThat(store.published).extracting(InMemoryLedger.Published::type).containsExactly("MessageAccepted");
    }

    @Test
    void shouldSendAgainUnderTheSameAttemptWhenTheProviderNeverGotIt() {
        Message sending = claimOne();
        clock.advance(Duration.ofMinutes(3));

        assertThat(ledger.reconcile(sending.messageId(), new LookupResult.Absent())).hasValueSatisfying(m -> {
            assertThat(m.messageId()).isEqualTo(sending.messageId());
            assertThat(m.attempt()).isEqualTo(1);
            assertThat(m.status()).isEqualTo(MessageStatus.SENDING);
            assertThat(m.content().body()).isEqualTo("Hello Ada");
        });
    }

    @Test
    void shouldFailRatherThanResendWhenTheProviderCannotBeAsked() {
        Message sending = claimOne();
        clock.advance(Duration.ofMinutes(3));

        assertThat(ledger.reconcile(sending.messageId(), new LookupResult.Unsupported("smtp"))).isEmpty();

        assertThat(store.only().status()).isEqualTo(MessageStatus.FAILED);
        assertThat(store.only().reason()).isEqualTo("send_outcome_unknown: smtp has no message lookup");
    }

    @Test
    void shouldNotSendACancelledJob() {
        intake.unqueued(1L, "unqueued by API");
        store.save(campaign(1, CampaignState.ACTIVE, "Hello {{name}}"));

        assertThat(ledger.claimDue(10, channel -> "twilio")).isEmpty();
        assertThat(store.only().status()).isEqualTo(MessageStatus.CANCELLED);
        assertThat(store.published).isEmpty();
    }

    @Test
    void shouldStoreAJobOnce() {
        assertThat(intake.queued(job(1L, Map.of()))).isFalse();
        assertThat(store.messages).hasSize(1);
    }

    private Message claimOne() {
        store.save(campaign(1, CampaignState.ACTIVE, "Hello {{name}}"));
        return ledger.claimDue(10, channel -> "twilio").get(0);
    }

    @Test
    void shouldSkipAMessageToAnAddressThatOptedOutWithTheReason() {
        consent.optedOut.add("+33612345678");
        store.save(campaign(1, CampaignState.ACTIVE, "Hello {{name}}"));

        assertThat(ledger.claimDue(10, channel -> "twilio")).isEmpty();

        assertThat(store.only().status()).isEqualTo(MessageStatus.SKIPPED);
        assertThat(store.only().reason()).isEqualTo("opted_out: sms_keyword");
        assertThat(store.published).containsExactly(new InMemoryLedger.Published("MessageStatusChanged",
                store.only().messageId(), MessageStatus.SKIPPED, "opted_out: sms_keyword"));
    }

    @Test
    void shouldSendADirectMessageWithoutACampaignAndAnswerHelpEvenToAnOptedOutNumber() {
        consent.optedOut.add("+33699999999");
        DirectSends direct = new DirectSends(store, consent, clock, "+15005550006", "no-reply@example.test");
        Message help = direct.sms(3L, "+15005550001", "+33699999999", "Reply STOP to opt out",
                new Message.Origin(Message.Origin.HELP, null, null));

        List<Message> claimed = ledger.claimDue(10, channel -> "twilio");

        assertThat(claimed).singleElement().satisfies(m -> {
            assertThat(m.messageId()).isEqualTo(help.messageId());
            assertThat(m.content().body()).isEqualTo("Reply STOP to opt out");
            assertThat(m.content().sender()).isEqualTo("+15005550001");
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> direct.sms(3L, null, "+33699999999", "Hi",
                        new Message.Origin(Message.Origin.API, "recruiter-1", null)))
                .isInstanceOf(DirectSends.Refused.class).hasMessage("opted_out: sms_keyword");
    }

    @Test
    void shouldRenderTheInviteTemplateWithTheInviteUrlForAnSmsInviteJob() {
        JobSnapshot plain = job(2L, Map.of("invite_url", "https://apply.example.test/i/42"));
        intake.queued(new JobSnapshot(3L, 7L, 3L, Channel.SMS, "ref-3", "Ada", null, List.of("+33612345679"),
                null, null, plain.data(), null, null, null, null, null, null, false, JobSnapshot.SMS_INVITE));
        store.save(new Campaign(7L, 3L, 1, "spring", "SMS", CampaignState.ACTIVE, null, "Hello {{name}}",
                "{{name}}, register here: {{invite_url}}", null, null));

        List<Message> claimed = ledger.claimDue(10, channel -> "twilio");

        assertThat(claimed).extracting(m -> m.content().body())
                .containsExactlyInAnyOrder("Hello Ada", "Ada, register here: https://apply.example.test/i/42");
    }

    @Test
    void shouldFailAnInviteWhoseCampaignHasNoInviteTemplate() {
        intake.queued(new JobSnapshot(3L, 7L, 3L, Channel.SMS, "ref-3", "Ada", null, List.of("+33612345679"),
                null, null, Map.of(), null, null, null, null, null, null, false, JobSnapshot.SMS_INVITE));
        store.save(campaign(1, CampaignState.ACTIVE, "Hello {{name}}"));

        ledger.claimDue(10, channel -> "twilio");

        assertThat(store.messages.values()).filteredOn(m -> m.jobId() == 3L).singleElement()
                .satisfies(m -> assertThat(m.reason()).isEqualTo("template_error: campaign has no SMS invite template"));
    }

    static Campaign campaign(long version, CampaignState state, String smsTemplate) {
        return new Campaign(7L, 3L, version, "spring", "SMS", state, null, smsTemplate, null, null, null);
    }

    static JobSnapshot job(long jobId, Map<String, String> data) {
        return new JobSnapshot(jobId, 7L, 3L, Channel.SMS, "ref-1", "Ada", null, List.of("+33612345678"), null,
                null, data, null, null, null, null, null, null, false, null);
    }
}
