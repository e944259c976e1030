package com.voxhub.dialer.twiml.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.dialer.call.domain.AnsweredBy;
import com.voxhub.dialer.campaign.domain.Campaign;
import com.voxhub.dialer.campaign.domain.CampaignStatus;
import com.voxhub.dialer.job.domain.DialChannel;
import com.voxhub.dialer.job.domain.DialJob;
import com.voxhub.dialer.job.domain.JobPhase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TwimlRenderingTest {

    private static final UUID ATTEMPT = UUID.fromString("00000000-0000-0000-0000-000000000042");

    @Test
    void vmsSaysTheTextInTheCampaignsVoiceAndHangsUp() {
        String xml = TwimlRenderer.render(CallScripts.forCall(campaign("Votre colis arrive demain.", "female",
                "fr-FR"), job(DialChannel.VMS, false, null), ATTEMPT, null, "+15005550006"));

        assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
                + "<Say voice=\"Polly.Celine\" language=\"fr-FR\">Votre colis arrive demain.</Say>"
                + "<Hangup/></Response>");
    }

    @Test
    void vmsGathersOneKeyWhenPressedKeysAreWanted() {
        String xml = TwimlRenderer.render(CallScripts.forCall(campaign("Press 1 to confirm.", "male", "en-GB"),
                job(DialChannel.VMS, true, null), ATTEMPT, AnsweredBy.HUMAN, "+15005550006"));

        assertThat(xml).contains("<Gather numDigits=\"1\" method=\"POST\" action=\"/dialer/twiml/" + ATTEMPT
                + "/keys\"><Say voice=\"Polly.Brian\" language=\"en-GB\">Press 1 to confirm.</Say></Gather>");
    }

    @Test
    void aMailboxGetsTheMessageWithoutGather() {
        String xml = TwimlRenderer.render(CallScripts.forCall(campaign("Call us back.", null, null),
                job(DialChannel.VMS, true, null), ATTEMPT, AnsweredBy.MACHINE, "+15005550006"));

        assertThat(xml).doesNotContain("Gather").contains("<Say voice=\"Polly.Joanna\" language=\"en-US\">");
    }

    @Test
    void aVoiceCallWithAnAgentSaysAShortTextThenDialsTheAgent() {
        String xml = TwimlRenderer.render(CallScripts.forCall(campaign(null, "female", "de-DE"),
                job(DialChannel.VOICE, false, "+4930123456"), ATTEMPT, null, "+15005550006"));

        assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
                + "<Say voice=\"Polly.Marlene\" language=\"de-DE\">" + CallScripts.CONNECTING + "</Say>"
                + "<Dial callerId=\"+15005550006\">+4930123456</Dial></Response>");
    }

    @Test
    void aVoiceCallWithoutAnAgentSaysAndHangsUp() {
        String xml = TwimlRenderer.render(CallScripts.forCall(campaign(null, null, null),
                job(DialChannel.VOICE, false, null), ATTEMPT, null, "+15005550006"));

        assertThat(xml).contains("<Say voice=\"Polly.Joanna\" language=\"en-US\">" + CallScripts.NO_MESSAGE)
                .endsWith("<Hangup/></Response>");
    }

    @Test
    void textIsEscapedSoItCannotInjectVerbs() {
        String xml = TwimlRenderer.render(CallScripts.forCall(campaign("1 < 2 & \"3\" <Hangup/>", null, null),
                job(DialChannel.VMS, false, null), ATTEMPT, null, "+15005550006"));

        assertThat(xml).contains(">1 &lt; 2 &amp; &quot;3&quot; &lt;Hangup/&gt;</Say>");
    }

    @Test
    void voicesFollowGenderAndLanguageWithFallbacks() {
        assertThat(VoiceCatalog.resolve("male", "fr-FR")).isEqualTo(new Voice("Polly.Mathieu", "fr-FR"));
        assertThat(VoiceCatalog.resolve("FEMALE", "it_it")).isEqualTo(new Voice("Polly.Carla", "it-IT"));
        assertThat(VoiceCatalog.resolve("male", "sv-SE")).isEqualTo(new Voice("Polly.Astrid", "sv-SE"));
        assertThat(VoiceCatalog.resolve(null, "es-LA")).isEqualTo(new Voice("Polly.Penelope", "es-US"));
        assertThat(VoiceCatalog.resolve("male", "nl-NL")).isEqualTo(new Voice("alice", "nl-NL"));
        assertThat(VoiceCatalog.resolve(null, null)).isEqualTo(new Voice("Polly.Joanna", "en-US"));
    }

    private static Campaign campaign(String vmsText, String gender, String language) {
        return new Campaign(9, 1, 1, "c", "VMS", CampaignStatus.ACTIVE, null, 3, List.of(1), vmsText, language,
                gender, "FR", null, null, null, null);
    }

    private static DialJob job(DialChannel channel, boolean keys, String agent) {
        return new DialJob(5, 9, 1, channel, List.of("+33100000000"), keys, agent, false, null, JobPhase.DIALING, 1,
                null, ATTEMPT, null);
    }
}
