package com.voxhub.messaging.message.dispatch;

import com.voxhub.messaging.message.domain.Channel;
import com.voxhub.messaging.message.domain.LookupResult;
import com.voxhub.messaging.message.domain.Message;
import com.voxhub.messaging.message.domain.SendResult;
import com.voxhub.messaging.sms.domain.SmsRequest;
import com.voxhub.messaging.sms.domain.SmsSender;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Duration;

/** Hands a ledger message to its channel's provider port, in that port's terms. */
@Component
public class ChannelSenders {

    private static final Duration NO_PROVIDER_RETRY = Duration.ofMinutes(5);

    private final SmsSender sms;

    public ChannelSenders(SmsSender sms) {
        this.sms = sms;
    }

    public String providerOf(Channel channel) {
        return channel == Channel.SMS ? sms.provider() : "none";
    }

    public Mono<SendResult> send(Message message) {
        if (message.channel() == Channel.SMS) {
            return sms.send(smsRequest(message));
        }
        return Mono.just(new SendResult.Deferred(NO_PROVIDER_RETRY, "no_email_provider"));
    }

    public Mono<LookupResult> lookup(Message message) {
        if (message.channel() == Channel.SMS) {
            return sms.lookup(smsRequest(message));
        }
        return Mono.just(new LookupResult.Unavailable("no_email_provider"));
    }

    private static SmsRequest smsRequest(Message m) {
        return new SmsRequest(m.messageId(), m.content().sender(), m.destination(), m.content().body(),
                m.createdAt(), m.providerMessageId());
    }
}
