package com.voxhub.sandbox;

import java.util.Locale;
import java.util.Optional;

/** The provider channels the sandbox emulates; recordings and faults are kept per channel. */
public enum Channel {
    SMS, VOICE, EMAIL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Channel> fromWireName(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Channel channel : values()) {
            if (channel.wireName().equalsIgnoreCase(value.trim())) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
