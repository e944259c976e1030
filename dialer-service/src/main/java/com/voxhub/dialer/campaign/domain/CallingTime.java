package com.voxhub.dialer.campaign.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * When a number may be called: the first instant at or after a due time that is inside the campaign's calling
 * window in every time zone the contact may be in. A campaign without a window may call at any time.
 */
public final class CallingTime {

    /** Windows in zones far apart may never overlap; give up after this many rounds rather than loop. */
    private static final int MAX_ROUNDS = 16;

    private final ContactTimeZones timeZones;

    public CallingTime(ContactTimeZones timeZones) {
        this.timeZones = timeZones;
    }

    /** The earliest allowed instant at or after {@code due}; equal to {@code due} when it may be called then. */
    public Instant earliest(Instant due, String number, String contactCountry, Campaign campaign) {
        CallingWindow window = campaign.callingWindow();
        if (window == null) {
            return due;
        }
        List<ZoneId> zones = timeZones.of(number, contactCountry, campaign.country(), campaign.timezone());
        Instant at = due;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Instant moved = at;
            for (ZoneId zone : zones) {
                moved = window.nextOpening(moved, zone);
            }
            if (moved.equals(at)) {
                return at;
            }
            at = moved;
        }
        // No instant is open everywhere: fall back to the first zone alone rather than never call.
        return window.nextOpening(due, zones.get(0));
    }
}
