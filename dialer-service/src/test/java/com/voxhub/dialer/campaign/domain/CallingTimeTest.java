package com.voxhub.dialer.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calling window in the contact's local time, with fixed clocks across zones and DST changes. */
class CallingTimeTest {

    private static final String PARIS_NUMBER = "+33142685300";
    private static final String NEW_YORK_NUMBER = "+12125550123";
    private static final String TOLL_FREE_NUMBER = "+18005550100"; // spans every North American zone
    private static final List<String> WEEKDAYS = List.of("MON", "TUE", "WED", "THU", "FRI");
    private static final List<String> EVERY_DAY = List.of();

    private final CallingTime callingTime = new CallingTime(new ContactTimeZones());

    @Test
    void aNumberInsideItsWindowIsCalledAtOnce() {
        Instant now = clock("2026-06-10T08:00:00Z").instant(); // Wednesday 10:00 in Paris
        assertThat(callingTime.earliest(now, PARIS_NUMBER, null, campaign("09:00", "20:00", WEEKDAYS, null)))
                .isEqualTo(now);
    }

    @Test
    void parisBeforeTheSpringChangeWaitsForNineOClockSummerTime() {
        // Saturday 28 March 2026, 20:30 CET: closed; Sunday 29 March clocks go 02:00 -> 03:00; 09:00 CEST = 07:00Z.
        Instant now = clock("2026-03-28T19:30:00Z").instant();
        assertThat(callingTime.earliest(now, PARIS_NUMBER, null, campaign("09:00", "20:00", EVERY_DAY, null)))
                .isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
    }

    @Test
    void parisBeforeTheAutumnChangeWaitsForNineOClockWinterTime() {
        // Saturday 24 October 2026, 21:00 CEST: closed; Sunday 25 October clocks go back; 09:00 CET = 08:00Z.
        Instant now = clock("2026-10-24T19:00:00Z").instant();
        assertThat(callingTime.earliest(now, PARIS_NUMBER, null, campaign("09:00", "20:00", EVERY_DAY, null)))
                .isEqualTo(Instant.parse("2026-10-25T08:00:00Z"));
    }

    @Test
    void aWindowOpeningInsideTheSpringGapOpensWhenTheClocksJump() {
        // 02:30 does not exist in Paris on 29 March 2026: the window opens at 03:30 CEST = 01:30Z.
        Instant now = clock("2026-03-29T00:00:00Z").instant();
        assertThat(callingTime.earliest(now, PARIS_NUMBER, null, campaign("02:30", "05:00", EVERY_DAY, null)))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void theAutumnOverlapHourIsInsideTheWindowOnce() {
        // 25 October 2026: 02:00-03:00 happens twice in Paris; a 02:00-03:00 window opens at the first 02:00 CEST.
        Instant now = clock("2026-10-24T23:30:00Z").instant(); // 01:30 CEST
        assertThat(callingTime.earliest(now, PARIS_NUMBER, null, campaign("02:00", "03:00", EVERY_DAY, null)))
                .isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
    }

    @Test
    void newYorkOnAFridayEveningWaitsForMondayMorning() {
        // Friday 6 November 2026, 21:00 EST (DST ended 1 November): next window Monday 9 November 09:00 EST.
        Instant now = clock("2026-11-07T02:00:00Z").instant();
        assertThat(callingTime.earliest(now, NEW_YORK_NUMBER, null, campaign("09:00", "20:00", WEEKDAYS, null)))
                .isEqualTo(Instant.parse("2026-11-09T14:00:00Z"));
    }

    @Test
    void newYorkAcrossTheSpringChangeOpensAtNineDaylightTime() {
        // Saturday 7 March 2026; DST starts Sunday 8 March; Monday 9 March 09:00 EDT = 13:00Z.
        Instant now = clock("2026-03-07T15:00:00Z").instant();
        assertThat(callingTime.earliest(now, NEW_YORK_NUMBER, null, campaign("09:00", "20:00", WEEKDAYS, null)))
                .isEqualTo(Instant.parse("2026-03-09T13:00:00Z"));
    }

    @Test
    void aNumberSpanningSeveralZonesUsesTheCampaignsTimeZone() {
        // 15:00Z on a Wednesday is 10:00 in Chicago but 08:00 in Los Angeles.
        Instant now = clock("2026-06-10T15:00:00Z").instant();
        assertThat(callingTime.earliest(now, TOLL_FREE_NUMBER, null,
                campaign("09:00", "20:00", WEEKDAYS, "America/Chicago"))).isEqualTo(now);
        assertThat(callingTime.earliest(now, TOLL_FREE_NUMBER, null,
                campaign("09:00", "20:00", WEEKDAYS, "America/Los_Angeles")))
                .isEqualTo(Instant.parse("2026-06-10T16:00:00Z"));
    }

    @Test
    void aNumberOfOneZoneIgnoresTheCampaignsTimeZone() {
        Instant now = clock("2026-06-10T08:00:00Z").instant(); // 10:00 in Paris, 04:00 in New York
        assertThat(callingTime.earliest(now, PARIS_NUMBER, null,
                campaign("09:00", "20:00", WEEKDAYS, "America/New_York"))).isEqualTo(now);
    }

    @Test
    void theContactsCountryIsTheRegionOfANationalNumber() {
        Instant now = clock("2026-06-10T06:00:00Z").instant(); // 08:00 in Paris
        assertThat(callingTime.earliest(now, "0142685300", "FR", campaign("09:00", "20:00", WEEKDAYS, null)))
                .isEqualTo(Instant.parse("2026-06-10T07:00:00Z"));
    }

    @Test
    void aNumberSpanningZonesWithoutACampaignZoneWaitsUntilItIsOpenInAllOfThem() {
        ContactTimeZones zones = new ContactTimeZones();
        assertThat(zones.of("+79161234567", null, null, null)).contains(ZoneId.of("Europe/Moscow"))
                .hasSizeGreaterThan(1);
        // A narrow set: Paris and New York, open together 14:00-20:00 Paris = 08:00-14:00 New York.
        CallingWindow window = new CallingWindow("09:00", "20:00", EVERY_DAY);
        Instant at = Instant.parse("2026-06-10T07:00:00Z");
        Instant paris = window.nextOpening(at, ZoneId.of("Europe/Paris"));
        Instant both = window.nextOpening(paris, ZoneId.of("America/New_York"));
        assertThat(window.nextOpening(both, ZoneId.of("Europe/Paris"))).isEqualTo(both)
                .isEqualTo(Instant.parse("2026-06-10T13:00:00Z"));
    }

    @Test
    void aWindowSpanningMidnightBelongsToTheDayItStarts() {
        CallingWindow night = new CallingWindow("22:00", "02:00", List.of("FRI"));
        ZoneId paris = ZoneId.of("Europe/Paris");
        // Saturday 01:00 Paris is still Friday's window; Saturday 23:00 waits for next Friday 22:00.
        assertThat(night.isOpen(Instant.parse("2026-06-12T23:00:00Z"), paris)).isTrue();
        assertThat(night.nextOpening(Instant.parse("2026-06-13T21:00:00Z"), paris))
                .isEqualTo(Instant.parse("2026-06-19T20:00:00Z"));
    }

    @Test
    void aCampaignWithoutAWindowCallsAtAnyTime() {
        Instant now = clock("2026-06-10T02:00:00Z").instant();
        assertThat(callingTime.earliest(now, PARIS_NUMBER, null, campaign(null, null, null, null))).isEqualTo(now);
    }

    private static Clock clock(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static Campaign campaign(String start, String end, List<String> days, String timezone) {
        CallingWindow window = start == null ? null : new CallingWindow(start, end, days);
        return new Campaign(1, 1, 1, "c", "VOICE", CampaignStatus.ACTIVE, null, 3, List.of(1), null, null, null,
                null, timezone, window, null, null);
    }
}
