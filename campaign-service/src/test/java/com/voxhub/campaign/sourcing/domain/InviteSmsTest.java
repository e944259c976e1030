package com.voxhub.campaign.sourcing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InviteSmsTest {

    @Test
    void shouldFillTheLinkAndNamesAndDropOtherVariables() {
        String text = InviteSms.estimate("Bonjour {{first_name}}, {{ unknown }}inscrivez-vous : {{data.invite_url}}",
                Map.of("first_name", "Pierre", "invite_url", "https://x.test/r/abc"));

        assertThat(text).isEqualTo("Bonjour Pierre, inscrivez-vous : https://x.test/r/abc");
    }

    @Test
    void shouldCountSegmentsLikeCarriers() {
        assertThat(InviteSms.segments("a".repeat(160))).isEqualTo(1);
        assertThat(InviteSms.segments("a".repeat(161))).isEqualTo(2);
        assertThat(InviteSms.segments("a".repeat(306))).isEqualTo(2);
        assertThat(InviteSms.segments("€".repeat(80))).isEqualTo(1);   // extension characters take two septets
        assertThat(InviteSms.segments("ç".repeat(70))).isEqualTo(1);   // not GSM-7: UCS-2
        assertThat(InviteSms.segments("ç".repeat(71))).isEqualTo(2);
    }
}
