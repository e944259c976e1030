package com.voxhub.campaign.campaign.domain;

import java.util.Arrays;
import java.util.Optional;

public enum Channel {
    VOICE, VMS, SMS, EMAIL;

    public String wire() {
        return name().toLowerCase();
    }

    public static Optional<Channel> parse(String value) {
        return Arrays.stream(values()).filter(c -> c.wire().equalsIgnoreCase(value)).findFirst();
    }

    public boolean isPhone() {
        return this == VOICE || this == VMS || this == SMS;
    }
}
