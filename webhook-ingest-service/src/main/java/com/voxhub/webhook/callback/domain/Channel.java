package com.voxhub.webhook.callback.domain;

/** How the contact was reached; mapped by name to the event contract's Channel. */
public enum Channel {
    VOICE, SMS, EMAIL
}
