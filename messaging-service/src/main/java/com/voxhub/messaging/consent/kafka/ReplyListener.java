package com.voxhub.messaging.consent.kafka;

import com.voxhub.events.Topics;
import com.voxhub.events.common.Channel;
import com.voxhub.events.inbound.ReplyReceived;
import com.voxhub.messaging.consent.domain.InboundReplies;
import com.voxhub.messaging.message.dispatch.DispatchSignal;
import com.voxhub.platform.kafka.IdempotentConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Consumes {@code inbound.replies} (published by webhook-ingest): SMS keywords change consent or get the HELP answer.
 * A reply whose account is unknown cannot be attributed to a ledger and is only counted.
 */
@Component
public class ReplyListener {

    static final String CONSUMER = "messaging.replies";

    private final IdempotentConsumer idempotent;
    private final InboundReplies replies;
    private final DispatchSignal dispatch;
    private final MeterRegistry meters;

    public ReplyListener(IdempotentConsumer idempotent, InboundReplies replies, DispatchSignal dispatch,
                         MeterRegistry meters) {
        this.idempotent = idempotent;
        this.replies = replies;
        this.dispatch = dispatch;
        this.meters = meters;
    }

    @KafkaListener(id = "messaging-replies", idIsGroup = false, topics = Topics.INBOUND_REPLIES)
    public void on(ConsumerRecord<String, SpecificRecord> record) {
        if (!(record.value() instanceof ReplyReceived reply) || reply.getChannel() != Channel.SMS) {
            return;
        }
        if (reply.getAccountId() == null) {
            meters.counter("voxhub.messaging.replies", "keyword", "unattributed").increment();
            return;
        }
        AtomicReference<String> acted = new AtomicReference<>("none");
        idempotent.process(CONSUMER, reply.getEventId().toString(),
                () -> replies.sms(reply.getAccountId(), reply.getFrom(), reply.getTo(), reply.getBody())
                        .ifPresent(keyword -> acted.set(keyword.name().toLowerCase())));
        meters.counter("voxhub.messaging.replies", "keyword", acted.get()).increment();
        if ("help".equals(acted.get())) {
            dispatch.wake();
        }
    }
}
