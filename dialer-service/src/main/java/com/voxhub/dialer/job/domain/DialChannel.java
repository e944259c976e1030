package com.voxhub.dialer.job.domain;

/** The channels the dialer delivers: a live call, or a voice message (text-to-speech, VMS). */
public enum DialChannel {
    VOICE, VMS
}
