package com.voxhub.campaign.campaign.domain;

import java.util.Set;

/**
 * A PATCH of a campaign: the request decoded as a draft, and the wire names of the fields it carried. Only
 * those change; a given {@code null} clears an optional field (or restores the default of a defaulted one).
 */
public record CampaignPatch(Set<String> given, CampaignDraft values) {

    public CampaignPatch {
        given = Set.copyOf(given);
    }

    boolean has(String field) {
        return given.contains(field);
    }

    CampaignDraft applyTo(Campaign c) {
        CampaignDraft v = values;
        return new CampaignDraft(
                has("name") ? v.name() : c.name(),
                has("channel") ? v.channel() : c.channel().wire(),
                has("country") ? v.country() : c.country(),
                has("timezone") ? v.timezone() : c.timezone(),
                has("calling_window") ? v.callingWindow() : c.callingWindow(),
                has("max_attempts") ? v.maxAttempts() : Integer.valueOf(c.maxAttempts()),
                has("retry_delays_minutes") ? v.retryDelaysMinutes() : c.retryDelaysMinutes(),
                has("sender") ? v.sender() : c.sender(),
                has("sms_invite_template") ? v.smsInviteTemplate() : c.smsInviteTemplate(),
                has("sms_template") ? v.smsTemplate() : c.smsTemplate(),
                has("email_subject") ? v.emailSubject() : c.emailSubject(),
                has("email_template") ? v.emailTemplate() : c.emailTemplate(),
                has("vms_text") ? v.vmsText() : c.vmsText(),
                has("voice_language") ? v.voiceLanguage() : c.voiceLanguage(),
                has("voice_gender") ? v.voiceGender() : c.voiceGender());
    }
}
