package com.voxhub.campaign.contact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactValidatorTest {

    @Test
    void shouldAcceptTheSeedsExampleContact() {
        ValidContact valid = ContactValidator.validate(new ContactDraft("string", "customer@somedomain.com", "+1 111-111-1111",
                "+1 760-867-5309", "UID_123456"), "FR");

        assertThat(valid.phoneE164()).isEqualTo("+11111111111");
        assertThat(valid.phoneNumber()).as("echoed as written").isEqualTo("+1 111-111-1111");
        assertThat(valid.externalUniqueId()).isEqualTo("UID_123456");
    }

    @Test
    void shouldReadANationalNumberInTheCampaignsCountry() {
        assertThat(ContactValidator.validate(new ContactDraft(null, null, "06 12 34 56 78", null, null), "FR").phoneE164())
                .isEqualTo("+33612345678");
    }

    @Test
    void shouldRefuseAMissingOrImpossiblePhone() {
        assertThatThrownBy(() -> ContactValidator.validate(new ContactDraft("a", null, null, null, null), "US"))
                .isInstanceOf(ContactRejectedException.class).hasMessageContaining("phone_number is required");
        assertThatThrownBy(() -> ContactValidator.validate(new ContactDraft("a", null, "12", null, null), "US"))
                .isInstanceOfSatisfying(ContactRejectedException.class,
                        e -> assertThat(e.rejection().details()).isEqualTo(ContactRejection.INVALID_PHONE));
    }

    @Test
    void shouldRefuseABadEmailOrOverlongField() {
        assertThatThrownBy(() -> ContactValidator.validate(new ContactDraft("a", "not-an-email", "+12025550100", null, null), "US"))
                .isInstanceOfSatisfying(ContactRejectedException.class,
                        e -> assertThat(e.rejection().details()).isEqualTo(ContactRejection.INVALID_CONTACT));
        assertThatThrownBy(() -> ContactValidator.validate(new ContactDraft("x".repeat(256), null, "+12025550100", null, null), "US"))
                .isInstanceOf(ContactRejectedException.class);
    }
}
