package com.voxhub.webhook.callback.kafka;

import com.voxhub.events.common.Channel;
import com.voxhub.events.inbound.ReplyReceived;
import com.voxhub.events.provider.ProviderEventReceived;
import com.voxhub.events.provider.ProviderEventType;
import com.voxhub.events.provider.RawCallbackReceived;
import com.voxhub.webhook.callback.domain.InboundReply;
import com.voxhub.webhook.callback.domain.ProviderEvent;
import com.voxhub.webhook.callback.domain.RawCallback;
import java.nio.ByteBuffer;
import java.time.Instant;

/** Domain records to the event contract; enums map by name (the contract's enums are supersets). */
final class AvroMapper {

    private AvroMapper() {
    }

    static ProviderEventReceived event(ProviderEvent event, Instant receivedAt) {
        return ProviderEventReceived.newBuilder()
                .setEventId(event.eventId())
                .setOccurredAt(receivedAt)
                .setProvider(event.provider())
                .setProviderEventId(event.providerEventId())
                .setProviderMessageId(event.providerMessageId())
                .setChannel(Channel.valueOf(event.channel().name()))
                .setType(ProviderEventType.valueOf(event.type().name()))
                .setReference(event.reference())
                .setAnsweredBy(event.answeredBy())
                .setBounceType(event.bounceType())
                .setMachineOpen(event.machineOpen())
                .setUrl(event.url())
                .setPressedKeys(event.pressedKeys())
                .setDurationSeconds(event.durationSeconds())
                .setErrorCode(event.errorCode())
                .setErrorMessage(event.errorMessage())
                .setFrom(event.from())
                .setTo(event.to())
                .setProviderTimestamp(event.providerTimestamp())
                .setSequence(event.sequence())
                .build();
    }

    static ReplyReceived reply(InboundReply reply, Instant receivedAt) {
        return ReplyReceived.newBuilder()
                .setEventId(reply.eventId())
                .setOccurredAt(receivedAt)
                .setAccountId(reply.accountId())
                .setChannel(Channel.valueOf(reply.channel().name()))
                .setFrom(reply.from())
                .setTo(reply.to())
                .setBody(reply.body())
                .setSubject(reply.subject())
                .setProvider(reply.provider())
                .setProviderMessageId(reply.providerMessageId())
                .setInReplyTo(reply.inReplyTo())
                .build();
    }

    static RawCallbackReceived raw(RawCallback raw) {
        return RawCallbackReceived.newBuilder()
                .setEventId(raw.eventId())
                .setOccurredAt(raw.receivedAt())
                .setProvider(raw.provider())
                .setPath(raw.path())
                .setHeaders(raw.headers())
                .setBody(ByteBuffer.wrap(raw.body()))
                .setRemoteAddress(raw.remoteAddress())
                .build();
    }
}
