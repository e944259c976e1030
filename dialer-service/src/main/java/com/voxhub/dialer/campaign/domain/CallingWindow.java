package com.voxhub.dialer.campaign.domain;

import java.util.List;

/** Hours a campaign may call in the contact's local time ("HH:mm", end exclusive); enforced by issue 4's pacing. */
public record CallingWindow(String start, String end, List<String> days) {

    public CallingWindow {
        days = List.copyOf(days);
    }
}
