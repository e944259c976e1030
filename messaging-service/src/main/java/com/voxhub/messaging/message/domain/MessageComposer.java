package com.voxhub.messaging.message.domain;

import com.voxhub.messaging.campaign.domain.Campaign;
import com.voxhub.messaging.sms.domain.SmsSegments;
import com.voxhub.messaging.template.domain.TemplateException;
import com.voxhub.messaging.template.domain.Templates;
import com.voxhub.messaging.template.domain.Templates.Escaping;

import java.util.regex.Pattern;

/** Renders a campaign's templates for one message and works out its sender and billing segments. */
public final class MessageComposer {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private final Templates templates;
    private final String defaultSmsSender;
    private final String defaultEmailSender;

    public MessageComposer(Templates templates, String defaultSmsSender, String defaultEmailSender) {
        this.templates = templates;
        this.defaultSmsSender = defaultSmsSender;
        this.defaultEmailSender = defaultEmailSender;
    }

    /** @throws TemplateException when the campaign lacks a template or the job lacks one of its variables */
    public Message.Content compose(Message message, Campaign campaign) {
        return message.channel() == Channel.EMAIL ? email(message, campaign) : sms(message, campaign);
    }

    private Message.Content sms(Message message, Campaign campaign) {
        // An invite job (seed 000) asks for the invite template; a sourcing campaign that carries only the invite
        // template sends it for every job.
        String template = message.origin().isInvite() || campaign.smsTemplate() == null
                ? campaign.smsInviteTemplate() : campaign.smsTemplate();
        if (template == null || template.isBlank()) {
            throw new TemplateException(message.origin().isInvite() ? "campaign has no SMS invite template"
                    : "campaign has no SMS template");
        }
        String body = templates.render(template, message.model(), Escaping.PLAIN).strip();
        if (body.isEmpty()) {
            throw new TemplateException("rendered SMS body is empty");
        }
        String sender = campaign.sender() != null ? campaign.sender() : defaultSmsSender;
        return new Message.Content(sender, null, body, null, SmsSegments.count(body).segments());
    }

    private Message.Content email(Message message, Campaign campaign) {
        if (campaign.emailSubject() == null || campaign.emailTemplate() == null) {
            throw new TemplateException("campaign has no email subject or template");
        }
        String subject = templates.render(campaign.emailSubject(), message.model(), Escaping.PLAIN).strip();
        String html = templates.render(campaign.emailTemplate(), message.model(), Escaping.HTML);
        String text = TAG.matcher(templates.render(campaign.emailTemplate(), message.model(), Escaping.PLAIN))
                .replaceAll("").strip();
        String sender = campaign.sender() != null ? campaign.sender() : defaultEmailSender;
        return new Message.Content(sender, subject, html, text, 1);
    }
}
