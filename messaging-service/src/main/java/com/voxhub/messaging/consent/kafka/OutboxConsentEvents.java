package com.voxhub.messaging.consent.kafka;

import com.voxhub.events.Topics;
import com.voxhub.events.common.Channel;
import com.voxhub.events.messaging.ConsentChanged;
import com.voxhub.events.messaging.ConsentStatus;
import com.voxhub.messaging.consent.domain.Consent;
import com.voxhub.messaging.consent.domain.ConsentEvents;
import com.voxhub.platform.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Publishes consent changes on the compacted {@code messaging.consent}, key {@code account:channel:address}. */
@Component
public class OutboxConsentEvents implements ConsentEvents {

    private final Outbox outbox;

    public OutboxConsentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void changed(Consent consent) {
        ConsentChanged event = ConsentChanged.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(consent.at())
                .setAccountId(consent.accountId())
                .setChannel(Channel.valueOf(consent.channel().name()))
                .setAddress(consent.address())
                .setStatus(ConsentStatus.valueOf(consent.status().name()))
                .setSource(consent.source())
                .setReason(consent.reason())
                .build();
        outbox.append(Topics.MESSAGING_CONSENT, key(consent), event);
    }

    static String key(Consent consent) {
        return consent.accountId() + ":" + consent.channel().name() + ":" + consent.address();
    }
}
