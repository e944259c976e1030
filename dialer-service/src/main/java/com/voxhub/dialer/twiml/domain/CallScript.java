package com.voxhub.dialer.twiml.domain;

/**
 * What a call does once connected: speak {@code text}, optionally collect one key, then bridge to an agent
 * or hang up.
 *
 * @param keysAction  where the provider posts the pressed key (relative URL), or null to not gather
 * @param agentNumber number to bridge the call to after the text, or null to hang up
 * @param callerId    caller id shown to the agent when bridging, or null for the provider's default
 */
public record CallScript(Voice voice, String text, String keysAction, String agentNumber, String callerId) {

    public boolean gathersKeys() {
        return keysAction != null;
    }

    public boolean bridges() {
        return agentNumber != null && !agentNumber.isBlank();
    }
}
