package com.voxhub.messaging.message.domain;

import com.voxhub.messaging.campaign.domain.CampaignState;
import com.voxhub.messaging.template.domain.Templates;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatusTrackerTest {

    private final InMemoryLedger store = new InMemoryLedger();
    private final MutableClock clock = new MutableClock();
    private final SendLedger ledger = new SendLedger(store, store, store,
            new MessageComposer(new Templates(), "+15005550006", "no-reply@example.test"),
            new DispatchPolicy(3, Duration.ofSeconds(2), Duration.ofMinutes(5)), clock);
    private final RecordingConsentGate consent = new RecordingConsentGate();
    private final StatusTracker tracker = new StatusTracker(store, store, ledger, consent);

    @Test
    void shouldMoveAMessageToDeliveredAndIgnoreALateSent() {
        Message message = accepted();

        tracker.apply(report(message.messageId(), null, "QUEUED", MessageStatus.QUEUED));
        tracker.apply(report(message.messageId(), null, "DELIVERED", MessageStatus.DELIVERED));
        StatusTracker.Outcome late = tracker.apply(report(message.messageId(), null, "SENT", MessageStatus.SENT));

        assertThat(late).isEqualTo(StatusTracker.Outcome.RECORDED);
        assertThat(store.only().status()).isEqualTo(MessageStatus.DELIVERED);
        assertThat(store.published).extracting(InMemoryLedger.Published::status)
                .containsExactly(null, MessageStatus.QUEUED, MessageStatus.DELIVERED);
        assertThat(store.history).filteredOn(e -> "SENT".equals(e.type()))
                .singleElement().satisfies(e -> assertThat(e.applied()).isFalse());
    }

    @Test
    void shouldFindAMessageByTheProviderIdWhenNoReferenceCameBack() {
        Message message = accepted();

        assertThat(tracker.apply(report(null, "SM1", "DELIVERED", MessageStatus.DELIVERED)))
                .isEqualTo(StatusTracker.Outcome.APPLIED);
        assertThat(store.lockById(message.messageId()).orElseThrow().status()).isEqualTo(MessageStatus.DELIVERED);
    }

    @Test
    void shouldRecordAcceptanceFirstWhenACallbackOvertakesTheProvidersAnswer() {
        new JobIntake(store, store, clock).queued(SendLedgerTest.job(1L, Map.of()));
        store.save(SendLedgerTest.campaign(1, CampaignState.ACTIVE, "Hi {{name}}"));
        Message sending = ledger.claimDue(1, c -> "twilio").get(0);

        tracker.apply(report(sending.messageId(), "SM1", "QUEUED", MessageStatus.QUEUED));
        ledger.record(sending.messageId(), new SendResult.Accepted("SM1"));

        assertThat(store.only().status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(store.published).extracting(InMemoryLedger.Published::type)
                .containsExactly("MessageAccepted", "MessageStatusChanged");
    }

    @Test
    void shouldSkipReportsAboutMessagesThatAreNotOurs() {
        assertThat(tracker.apply(report("call-1", "CA1", "DELIVERED", MessageStatus.DELIVERED)))
                .isEqualTo(StatusTracker.Outcome.NOT_OURS);
    }

    @Test
    void shouldSuppressTheAddressOnAHardBounceAnUnsubscribeOrASpamComplaintButNotASoftBounce() {
        Message message = accepted();

        tracker.apply(bounce(message.messageId(), "soft"));
        assertThat(consent.suppressed).isEmpty();
        tracker.apply(bounce(message.messageId(), "hard"));
        tracker.apply(report(message.messageId(), "SM1", "SPAM_COMPLAINT", MessageStatus.SPAM_COMPLAINT));

        assertThat(consent.suppressed).containsExactly("SMS +33612345678 HARD_BOUNCE",
                "SMS +33612345678 SPAM_COMPLAINT");
        assertThat(store.only().status()).isEqualTo(MessageStatus.BOUNCED);
    }

    private ProviderReport bounce(String reference, String bounceType) {
        return new ProviderReport("sendgrid", "bounce-" + bounceType, "SM1", reference, "BOUNCED",
                MessageStatus.BOUNCED, new StatusDetails("bounced", "SM1", null, null, false, bounceType),
                clock.instant());
    }

    private Message accepted() {
        new JobIntake(store, store, clock).queued(SendLedgerTest.job(1L, Map.of()));
        store.save(SendLedgerTest.campaign(1, CampaignState.ACTIVE, "Hi {{name}}"));
        Message sending = ledger.claimDue(1, c -> "twilio").get(0);
        ledger.record(sending.messageId(), new SendResult.Accepted("SM1"));
        return store.only();
    }

    private ProviderReport report(String reference, String sid, String type, MessageStatus status) {
        return new ProviderReport("twilio", type + "-" + sid, sid, reference, type, status,
                new StatusDetails(null, sid, null, null, false, null), clock.instant());
    }
}
