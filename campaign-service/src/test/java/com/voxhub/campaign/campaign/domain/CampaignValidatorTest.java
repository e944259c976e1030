package com.voxhub.campaign.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voxhub.platform.web.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignValidatorTest {

    private static CampaignDraft draft(String name, String channel, String country) {
        return new CampaignDraft(name, channel, country, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    @Test
    void shouldApplyDefaultsToAMinimalCampaign() {
        ValidCampaign valid = CampaignValidator.validate(draft("Spring recruiting", "sms", "fr"));

        assertThat(valid.channel()).isEqualTo(Channel.SMS);
        assertThat(valid.country()).isEqualTo("FR");
        assertThat(valid.maxAttempts()).isEqualTo(3);
        assertThat(valid.retryDelaysMinutes()).containsExactly(60);
    }

    @Test
    void shouldRejectAnUnknownChannelNamingTheField() {
        assertThatThrownBy(() -> CampaignValidator.validate(draft("x", "fax", "FR")))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("channel");
    }

    @Test
    void shouldRejectAMissingName() {
        assertThatThrownBy(() -> CampaignValidator.validate(draft(" ", "sms", "FR"))).hasMessageContaining("name");
    }

    @Test
    void shouldRejectAnUnknownCountryAndTimezone() {
        assertThatThrownBy(() -> CampaignValidator.validate(draft("x", "voice", "XX"))).hasMessageContaining("country");
        CampaignDraft badZone = new CampaignDraft("x", "voice", "FR", "Mars/Olympus", null, null, null, null, null,
                null, null, null, null, null, null);
        assertThatThrownBy(() -> CampaignValidator.validate(badZone)).hasMessageContaining("timezone");
    }

    @Test
    void shouldRejectACallingWindowThatEndsBeforeItStarts() {
        CampaignDraft d = new CampaignDraft("x", "voice", "FR", null, new CallingWindow("18:00", "09:00", List.of()),
                null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> CampaignValidator.validate(d)).hasMessageContaining("calling_window");
    }
}
