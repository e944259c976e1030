package com.voxhub.messaging.consent.domain;

import com.voxhub.messaging.message.domain.Channel;
import com.voxhub.messaging.message.domain.ConsentGate;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one consent ledger across channels. Each change is kept in the history; a change of status is published on
 * messaging.consent (the dialer honours it for calls). Callers open the transaction.
 */
public final class ConsentLedger implements ConsentGate {

    /** An SMS STOP also stops calls to the number: the law treats the number's owner, not the channel. */
    static final List<ConsentChannel> PHONE_CHANNELS =
            List.of(ConsentChannel.SMS, ConsentChannel.VOICE, ConsentChannel.VMS);

    private final Consents consents;
    private final ConsentEvents events;
    private final Clock clock;

    public ConsentLedger(Consents consents, ConsentEvents events, Clock clock) {
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    /** Records a consent; publishes it when the status changed (or is new). Returns the stored consent. */
    public Consent change(long accountId, ConsentChannel channel, String address, ConsentStatus status,
                          String source, String reason, String userId) {
        String normalized = Addresses.normalize(channel, address);
        Optional<Consent> current = consents.lock(accountId, channel, normalized);
        Consent next = new Consent(accountId, channel, normalized, status, source, reason, userId, clock.instant());
        consents.save(next);
        if (current.isEmpty() || current.get().status() != status) {
            events.changed(next);
        }
        return next;
    }

    /** A phone number's consent on SMS and calls alike (STOP / START keywords, the seed-001 optIn API). */
    public List<Consent> changePhone(long accountId, String number, ConsentStatus status, String source,
                                     String reason, String userId) {
        return PHONE_CHANNELS.stream()
                .map(channel -> change(accountId, channel, number, status, source, reason, userId))
                .toList();
    }

    public Optional<Consent> current(long accountId, ConsentChannel channel, String address) {
        return consents.find(accountId, channel, Addresses.normalize(channel, address));
    }

    public List<Consent> history(long accountId, ConsentChannel channel, String address, int offset, int limit) {
        return consents.history(accountId, channel, Addresses.normalize(channel, address), offset, limit);
    }

    public long countHistory(long accountId, ConsentChannel channel, String address) {
        return consents.countHistory(accountId, channel, Addresses.normalize(channel, address));
    }

    @Override
    public Optional<String> refusal(long accountId, Channel channel, String destination) {
        return current(accountId, of(channel), destination)
                .filter(Consent::optedOut)
                .map(consent -> "opted_out: " + consent.source().toLowerCase(Locale.ROOT));
    }

    @Override
    public void suppress(long accountId, Channel channel, String destination, String source, String reason) {
        change(accountId, of(channel), destination, ConsentStatus.OPTED_OUT, source, reason, null);
    }

    static ConsentChannel of(Channel channel) {
        return channel == Channel.EMAIL ? ConsentChannel.EMAIL : ConsentChannel.SMS;
    }
}
