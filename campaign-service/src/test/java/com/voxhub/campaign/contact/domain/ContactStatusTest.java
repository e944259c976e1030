package com.voxhub.campaign.contact.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ContactStatusTest {

    /** dialer-service reports these names in JobDialingFinished.contactStatus; campaign-service stores them as sent. */
    private static final Path DIALER_STATUSES =
            Path.of("../dialer-service/src/main/java/com/voxhub/dialer/call/domain/ContactStatus.java");

    @Test
    void shouldOfferTheSeedsTwentyOneStatuses() {
        assertThat(ContactStatus.values()).hasSize(21);
        assertThat(Arrays.stream(ContactStatus.values()).map(ContactStatus::displayName).distinct()).hasSize(21);
    }

    @Test
    void shouldKnowEveryStatusNameTheDialerReports() throws IOException {
        List<String> dialerNames = new ArrayList<>();
        Matcher m = Pattern.compile("[A-Z_]+\\(\"([^\"]+)\"\\)").matcher(Files.readString(DIALER_STATUSES));
        while (m.find()) {
            dialerNames.add(m.group(1));
        }

        assertThat(dialerNames).hasSize(21);
        assertThat(Arrays.stream(ContactStatus.values()).map(ContactStatus::displayName))
                .as("the same names on both sides, in the seed's order").containsExactlyElementsOf(dialerNames);
    }

    @Test
    void shouldStartANewContactAsUpcoming() {
        assertThat(ContactStatus.INITIAL.displayName()).isEqualTo("Upcoming");
        assertThat(ContactStatus.of(null, 0)).isEqualTo(ContactStatus.UPCOMING);
    }

    @Test
    void shouldShowTheReportedStatusWhateverItsCase() {
        assertThat(ContactStatus.of("Voicemail Hangup", 3)).isEqualTo(ContactStatus.VOICEMAIL_HANGUP);
        assertThat(ContactStatus.of("calling", 1)).isEqualTo(ContactStatus.CALLING);
    }

    @Test
    void shouldDeriveAStatusFromTheJobStateWhenNoneWasReported() {
        // messaging-service (SMS, email) reports job states only
        assertThat(ContactStatus.of(null, 1)).isEqualTo(ContactStatus.CALLING);
        assertThat(ContactStatus.of(null, 2)).isEqualTo(ContactStatus.COMPLETED);
        assertThat(ContactStatus.of(null, 3)).isEqualTo(ContactStatus.UNREACHABLE);
        assertThat(ContactStatus.of(null, 4)).isEqualTo(ContactStatus.ABANDONED_BY_DIALER);
        assertThat(ContactStatus.of("Something New", 2)).isEqualTo(ContactStatus.COMPLETED);
    }
}
