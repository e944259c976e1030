package com.voxhub.webhook.provider.mailgateway;

import com.voxhub.webhook.callback.domain.CallbackRefused;
import com.voxhub.webhook.callback.domain.InboundReply;
import com.voxhub.webhook.callback.domain.RefusalReason;
import com.voxhub.webhook.provider.email.InboundEmailParser;
import com.voxhub.webhook.provider.email.MultipartForm;
import java.util.List;

/**
 * Seed 001's {@code POST /communications/email/v1/reply}: the gateway forwards an inbound email in SendGrid
 * Inbound Parse's raw format; the seed requires to, from, envelope, subject, email (the raw message) and charsets.
 */
public class MailGatewayReplyParser {

    public static final String PROVIDER = "mail-gateway";
    static final List<String> REQUIRED = List.of("to", "from", "envelope", "subject", "email", "charsets");

    private final InboundEmailParser emails;

    public MailGatewayReplyParser(InboundEmailParser emails) {
        this.emails = emails;
    }

    public InboundReply parse(byte[] body, String contentType, long accountId) {
        MultipartForm form = emails.form(PROVIDER, body, contentType);
        List<String> missing = REQUIRED.stream().filter(name -> form.get(name) == null).toList();
        if (!missing.isEmpty()) {
            throw new CallbackRefused(PROVIDER, RefusalReason.MALFORMED_BODY,
                    "Missing mandatory fields: " + String.join(", ", missing));
        }
        return emails.reply(PROVIDER, form, accountId);
    }
}
