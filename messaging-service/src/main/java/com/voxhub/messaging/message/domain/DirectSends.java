package com.voxhub.messaging.message.domain;

import com.voxhub.messaging.sms.domain.SmsSegments;

import java.time.Clock;
import java.util.Optional;

/**
 * Messages whose content is given rather than rendered from a campaign: seed-001 sends and the answer to HELP. They
 * go into the same ledger and through the same dispatcher as campaign messages (one request per message, consent
 * checked again at send time). Callers open the transaction.
 */
public final class DirectSends {

    /** The address opted out of the channel; nothing was stored. */
    public static final class Refused extends RuntimeException {
        public Refused(String reason) {
            super(reason);
        }
    }

    private final Messages messages;
    private final ConsentGate consent;
    private final Clock clock;
    private final String defaultSmsSender;
    private final String defaultEmailSender;

    public DirectSends(Messages messages, ConsentGate consent, Clock clock, String defaultSmsSender,
                       String defaultEmailSender) {
        this.messages = messages;
        this.consent = consent;
        this.clock = clock;
        this.defaultSmsSender = defaultSmsSender;
        this.defaultEmailSender = defaultEmailSender;
    }

    /** @throws Refused when the number opted out of texts */
    public Message sms(long accountId, String sender, String to, String body, Message.Origin origin) {
        Message.Content content = new Message.Content(sender != null ? sender : defaultSmsSender, null, body, null,
                SmsSegments.count(body).segments());
        return queue(accountId, Channel.SMS, to, content, origin);
    }

    /** @throws Refused when the address opted out of email */
    public Message email(long accountId, String to, String subject, String html, Message.Origin origin) {
        String text = html.replaceAll("<[^>]+>", "").strip();
        Message.Content content = new Message.Content(defaultEmailSender, subject, html, text, 1);
        return queue(accountId, Channel.EMAIL, to, content, origin);
    }

    private Message queue(long accountId, Channel channel, String to, Message.Content content,
                          Message.Origin origin) {
        if (!origin.isHelpAnswer()) {
            Optional<String> refusal = consent.refusal(accountId, channel, to);
            if (refusal.isPresent()) {
                throw new Refused(refusal.get());
            }
        }
        Message message = Message.direct(MessageIds.next(), accountId, channel, to, content, origin, clock.instant());
        messages.add(message);
        return message;
    }
}
