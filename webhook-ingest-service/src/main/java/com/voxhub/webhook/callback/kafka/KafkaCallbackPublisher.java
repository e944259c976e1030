package com.voxhub.webhook.callback.kafka;

import com.voxhub.events.Topics;
import com.voxhub.webhook.callback.domain.AcceptedCallback;
import com.voxhub.webhook.callback.domain.CallbackPublisher;
import com.voxhub.webhook.callback.domain.InboundReply;
import com.voxhub.webhook.callback.domain.ProviderEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends a callback's records directly (no outbox: this service keeps no state the events could be derived from;
 * the gateway holding the callback until we answer 2xx plays the outbox's role). The raw archive record is sent
 * too and awaited like the rest, so an acknowledged callback is always replayable.
 */
public class KafkaCallbackPublisher implements CallbackPublisher {

    private final KafkaTemplate<String, SpecificRecord> kafka;

    public KafkaCallbackPublisher(KafkaTemplate<String, SpecificRecord> kafka) {
        this.kafka = kafka;
    }

    @Override
    public CompletableFuture<Void> publish(AcceptedCallback callback) {
        Instant receivedAt = callback.raw().receivedAt();
        List<CompletableFuture<?>> sends = new ArrayList<>();
        sends.add(kafka.send(Topics.PROVIDER_RAW_CALLBACKS, callback.provider(), AvroMapper.raw(callback.raw())));
        for (ProviderEvent event : callback.events()) {
            sends.add(kafka.send(Topics.PROVIDER_EVENTS, event.providerMessageId(),
                    AvroMapper.event(event, receivedAt)));
        }
        for (InboundReply reply : callback.replies()) {
            sends.add(kafka.send(Topics.INBOUND_REPLIES, reply.key(), AvroMapper.reply(reply, receivedAt)));
        }
        return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
    }
}
