package com.voxhub.messaging.provider.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Jakarta Mail replaces Message-ID on save; ours must stay, as it is how the message is recognised later. */
final class FixedIdMimeMessage extends MimeMessage {

    private final String messageId;

    FixedIdMimeMessage(MimeMessage session, String messageId) {
        super(session.getSession());
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
