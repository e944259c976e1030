package com.voxhub.dialer.call.domain;

/** Answering machine detection asked of the provider. */
public enum MachineDetection {
    /** No detection: the script plays to whoever answers. */
    NONE,
    /** Detect and report who answered. */
    ENABLE,
    /** Detect, and on a machine wait for the end of the greeting so the message lands in the mailbox. */
    DETECT_MESSAGE_END;

    /**
     * VMS always plays a message, so on a machine it waits for the beep; a live call waits for it only when the
     * campaign has a message to leave, else it reports who answered without delaying the human.
     */
    public static MachineDetection forCall(boolean voiceMessage, boolean leavesVoiceMessage) {
        if (voiceMessage || leavesVoiceMessage) {
            return DETECT_MESSAGE_END;
        }
        return NONE;
    }
}
