package com.voxhub.campaign.campaign.domain;

import java.util.List;

/** Local-time window ("HH:mm") in which contacts may be reached; empty days means every day. */
public record CallingWindow(String start, String end, List<String> days) {
}
