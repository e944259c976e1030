package com.voxhub.campaign.job.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void shouldNormalizeANationalNumberWithTheCampaignCountry() {
        assertThat(PhoneNumbers.toE164("0612345678", "FR")).contains("+33612345678");
        assertThat(PhoneNumbers.toE164("06 12 34 56 78", "FR")).contains("+33612345678");
    }

    @Test
    void shouldKeepAnInternationalNumberWhateverTheRegion() {
        assertThat(PhoneNumbers.toE164("+44 20 7946 0958", "FR")).contains("+442079460958");
    }

    @Test
    void shouldRejectWhatIsNotAPhoneNumber() {
        assertThat(PhoneNumbers.toE164("hello", "FR")).isEmpty();
        assertThat(PhoneNumbers.toE164("0612", "FR")).isEmpty();
        assertThat(PhoneNumbers.toE164("0612345678", null)).isEmpty();
    }
}
