package com.voxhub.dialer.twiml.domain;

import com.voxhub.dialer.call.domain.AnsweredBy;
import com.voxhub.dialer.campaign.domain.Campaign;
import com.voxhub.dialer.job.domain.DialChannel;
import com.voxhub.dialer.job.domain.DialJob;
import java.util.UUID;

/** Chooses the script of a connected call from its campaign, its job and who answered. */
public final class CallScripts {

    static final String CONNECTING = "Please hold, we are connecting your call.";
    static final String NO_MESSAGE = "Hello. This is an automated call. Goodbye.";

    private CallScripts() {
    }

    /**
     * @param answeredBy from answering machine detection, or null when not detected
     */
    public static CallScript forCall(Campaign campaign, DialJob job, UUID attemptId, AnsweredBy answeredBy,
                                     String callerId) {
        Voice voice = VoiceCatalog.resolve(campaign.voiceGender(), campaign.voiceLanguage());
        boolean machine = answeredBy == AnsweredBy.MACHINE;
        if (job.channel() == DialChannel.VMS || machine) {
            // A mailbox cannot press keys nor talk to an agent: it gets the message only.
            String keysAction = job.wantsPressedKeys() && !machine ? keysPath(attemptId) : null;
            return new CallScript(voice, messageOf(campaign), keysAction, null, null);
        }
        if (job.agentNumber() != null && !job.agentNumber().isBlank()) {
            return new CallScript(voice, CONNECTING, null, job.agentNumber(), callerId);
        }
        return new CallScript(voice, messageOf(campaign), null, null, null);
    }

    public static String keysPath(UUID attemptId) {
        return "/dialer/twiml/" + attemptId + "/keys";
    }

    private static String messageOf(Campaign campaign) {
        return campaign.hasVoiceMessage() ? campaign.vmsText() : NO_MESSAGE;
    }
}
