package com.voxhub.dialer.consent.kafka;

import com.voxhub.dialer.consent.domain.DialPermissions;
import com.voxhub.events.Topics;
import com.voxhub.events.messaging.ConsentChanged;
import com.voxhub.events.messaging.ConsentStatus;
import com.voxhub.platform.kafka.IdempotentConsumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Materializes the consent ledger (messaging.consent, compacted: the latest record per account, channel and
 * address). Email consent has nothing to do with calls and is not kept.
 */
@Component
class ConsentListener {

    private static final Logger log = LoggerFactory.getLogger(ConsentListener.class);
    static final String CONSUMER = "dialer.consent";

    private final DialPermissions permissions;
    private final IdempotentConsumer idempotent;

    ConsentListener(DialPermissions permissions, IdempotentConsumer idempotent) {
        this.permissions = permissions;
        this.idempotent = idempotent;
    }

    @KafkaListener(topics = Topics.MESSAGING_CONSENT)
    void on(ConsumerRecord<String, SpecificRecord> record) {
        if (!(record.value() instanceof ConsentChanged changed)) {
            return; // a tombstone, or a record type this version does not know
        }
        String channel = changed.getChannel().name();
        if (channel.equals("EMAIL") || changed.getStatus() == ConsentStatus.UNKNOWN) {
            return;
        }
        idempotent.process(CONSUMER, changed.getEventId().toString(), () -> {
            permissions.recordConsent(changed.getAccountId(), channel, changed.getAddress(),
                    changed.getStatus() == ConsentStatus.OPTED_OUT, changed.getSource(), changed.getOccurredAt());
            log.info("consent of account {} on {} is now {} ({})", changed.getAccountId(), channel,
                    changed.getStatus(), changed.getSource());
        });
    }
}
