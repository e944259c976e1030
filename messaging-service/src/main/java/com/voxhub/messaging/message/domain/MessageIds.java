package com.voxhub.messaging.message.domain;

import java.util.UUID;

/** Our message ids: opaque, unguessable, and recognisable in logs and provider consoles by their prefix. */
public final class MessageIds {

    private MessageIds() {
    }

    public static String next() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }
}
