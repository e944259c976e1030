package com.voxhub.messaging.message.dispatch;

import com.voxhub.messaging.config.EmailProperties;
import com.voxhub.messaging.email.domain.EmailRequest;
import com.voxhub.messaging.email.domain.EmailTracking;
import com.voxhub.messaging.email.domain.EmailSender;
import com.voxhub.messaging.message.domain.Channel;
import com.voxhub.messaging.message.domain.LookupResult;
import com.voxhub.messaging.message.domain.Message;
import com.voxhub.messaging.message.domain.SendResult;
import com.voxhub.messaging.sms.domain.SmsRequest;
import com.voxhub.messaging.sms.domain.SmsSender;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Hands a ledger message to its channel's provider port, in that port's terms. */
@Component
public class ChannelSenders {

    private final SmsSender sms;
    private final EmailSender email;
    private final EmailProperties emailProperties;
    private final EmailTracking tracking;

    public ChannelSenders(SmsSender sms, EmailSender email, EmailProperties emailProperties,
                          EmailTracking tracking) {
        this.sms = sms;
        this.email = email;
        this.emailProperties = emailProperties;
        this.tracking = tracking;
    }

    public String providerOf(Channel channel) {
        return channel == Channel.SMS ? sms.provider() : email.provider();
    }

    public Mono<SendResult> send(Message message) {
        return message.channel() == Channel.SMS
                ? sms.send(smsRequest(message))
                : email.send(emailRequest(message));
    }

    public Mono<LookupResult> lookup(Message message) {
        return message.channel() == Channel.SMS
                ? sms.lookup(smsRequest(message))
                : email.lookup(emailRequest(message));
    }

    private static SmsRequest smsRequest(Message m) {
        return new SmsRequest(m.messageId(), m.content().sender(), m.destination(), m.content().body(),
                m.createdAt(), m.providerMessageId());
    }

    private EmailRequest emailRequest(Message m) {
        Message.Content c = m.content();
        // Instrumented at send time, not stored: the ledger keeps the body as written, and a resend after a crash
        // produces the same links (they depend only on the message id and the targets).
        String html = emailProperties.weTrack() ? tracking.instrument(m.messageId(), c.body()) : c.body();
        return new EmailRequest(m.messageId(), c.sender(), m.destination(), c.subject(), html, c.textBody(),
                emailProperties.unsubscribeUrl(m.messageId()), m.createdAt(), m.providerMessageId());
    }
}
