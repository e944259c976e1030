package com.voxhub.dialer.provider.twilio;

import java.util.UUID;

/**
 * The URLs a call request carries: where the provider fetches the call's TwiML (served by the dialer) and where it
 * posts status callbacks (webhook-ingest), both carrying the attempt id as our reference.
 */
public record TwilioCallbackUrls(String dialerPublicBaseUrl, String webhookPublicBaseUrl) {

    public TwilioCallbackUrls {
        dialerPublicBaseUrl = stripSlash(dialerPublicBaseUrl);
        webhookPublicBaseUrl = stripSlash(webhookPublicBaseUrl);
    }

    public String twiml(UUID attemptId) {
        return dialerPublicBaseUrl + "/dialer/twiml/" + attemptId;
    }

    public String statusCallback(UUID attemptId) {
        return webhookPublicBaseUrl + "/webhooks/twilio/calls?ref=" + attemptId;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
