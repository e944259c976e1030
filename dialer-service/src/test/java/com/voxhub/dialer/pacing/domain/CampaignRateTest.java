package com.voxhub.dialer.pacing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CampaignRateTest {

    @Test
    void noMoreThanThePerSecondLimitStartsInAnyOneSecond() {
        CampaignRate rate = new CampaignRate();
        assertThat(rate.allowance(0, 5, 0)).isEqualTo(5);
        rate.reserve(5);
        assertThat(rate.allowance(0, 5, 0)).isZero(); // reserved, not yet sent
        for (int i = 0; i < 5; i++) {
            rate.started(100 + i);
        }
        assertThat(rate.allowance(999, 5, 0)).isZero();
        assertThat(rate.allowance(1_100, 5, 0)).isEqualTo(1); // the first start left the window
        assertThat(rate.allowance(1_105, 5, 0)).isEqualTo(5);
    }

    @Test
    void thePerMinuteCapHoldsOverTheMinute() {
        CampaignRate rate = new CampaignRate();
        rate.reserve(3);
        rate.started(0);
        rate.started(10);
        rate.started(20);
        assertThat(rate.allowance(5_000, 10, 3)).isZero();
        assertThat(rate.allowance(60_001, 10, 3)).isEqualTo(1);
    }

    @Test
    void aReleasedReservationIsGivenBack() {
        CampaignRate rate = new CampaignRate();
        rate.reserve(2);
        rate.released();
        assertThat(rate.allowance(0, 2, 0)).isEqualTo(1);
        rate.released();
        assertThat(rate.idle(0)).isTrue();
    }
}
