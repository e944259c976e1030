package com.voxhub.dialer.pacing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.dialer.pacing.domain.FairShare.Demand;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FairShareTest {

    @Test
    void aHugeCampaignDoesNotStarveASmallOne() {
        Map<Long, Integer> granted = FairShare.split(List.of(new Demand(1, 10, 1000), new Demand(2, 20, 3)), 10, 0);
        assertThat(granted).containsEntry(20L, 3).containsEntry(10L, 7);
    }

    @Test
    void accountsShareFirstThenTheirCampaigns() {
        // Account 1 has three campaigns, account 2 one: account 2 gets half, not a quarter.
        Map<Long, Integer> granted = FairShare.split(List.of(new Demand(1, 11, 100), new Demand(1, 12, 100),
                new Demand(1, 13, 100), new Demand(2, 21, 100)), 12, 0);
        assertThat(granted.get(21L)).isEqualTo(6);
        assertThat(granted.get(11L) + granted.get(12L) + granted.get(13L)).isEqualTo(6);
        assertThat(granted.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(2));
    }

    @Test
    void noCampaignGetsMoreThanItsAllowanceAndCapacityIsNeverExceeded() {
        Map<Long, Integer> granted = FairShare.split(List.of(new Demand(1, 1, 2), new Demand(2, 2, 0),
                new Demand(3, 3, 5)), 100, 0);
        assertThat(granted).containsOnly(Map.entry(1L, 2), Map.entry(3L, 5));
        assertThat(FairShare.split(List.of(new Demand(1, 1, 50), new Demand(2, 2, 50)), 7, 3).values()
                .stream().mapToInt(Integer::intValue).sum()).isEqualTo(7);
    }

    @Test
    void theRotationMovesLeftoversBetweenCampaigns() {
        List<Demand> demands = List.of(new Demand(1, 1, 10), new Demand(2, 2, 10), new Demand(3, 3, 10));
        assertThat(FairShare.split(demands, 1, 0)).containsOnlyKeys(1L);
        assertThat(FairShare.split(demands, 1, 1)).containsOnlyKeys(2L);
        assertThat(FairShare.split(demands, 1, 2)).containsOnlyKeys(3L);
    }
}
