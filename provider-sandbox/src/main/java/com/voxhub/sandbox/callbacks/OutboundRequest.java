package com.voxhub.sandbox.callbacks;

import com.voxhub.sandbox.Channel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An HTTP request the sandbox makes to one of our services: a status callback, a TwiML fetch,
 * a Gather action or an Event Webhook post.
 *
 * @param kind       e.g. {@code status-callback}, {@code twiml-fetch}, {@code gather-action}, {@code event-webhook}
 * @param providerId the sid or X-Message-Id it is about
 * @param summary    what it says in one word or two (e.g. {@code delivered}), for the callbacks listing
 * @param body       raw body bytes; empty for a GET
 */
public record OutboundRequest(Channel channel, String kind, String providerId, String summary, String method,
                              String url, Map<String, String> headers, String contentType, byte[] body) {

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
