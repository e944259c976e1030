package com.voxhub.dialer.call.domain;

import java.util.List;

/**
 * The campaign settings that decide whether a job is tried again.
 *
 * @param retryDelaysMinutes delay before each retry; the last value repeats
 * @param leavesVoiceMessage a machine answer leaves the campaign's message (and so succeeds)
 */
public record DialingTerms(int maxAttempts, List<Integer> retryDelaysMinutes, boolean leavesVoiceMessage) {

    public DialingTerms {
        retryDelaysMinutes = List.copyOf(retryDelaysMinutes);
    }
}
