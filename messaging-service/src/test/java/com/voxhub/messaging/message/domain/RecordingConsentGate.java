package com.voxhub.messaging.message.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A consent ledger that refuses the addresses it was told about and records suppressions. */
final class RecordingConsentGate implements ConsentGate {

    final Set<String> optedOut = new HashSet<>();
    final List<String> suppressed = new ArrayList<>();

    @Override
    public Optional<String> refusal(long accountId, Channel channel, String destination) {
        return optedOut.contains(destination) ? Optional.of("opted_out: sms_keyword") : Optional.empty();
    }

    @Override
    public void suppress(long accountId, Channel channel, String destination, String source, String reason) {
        suppressed.add(channel + " " + destination + " " + source);
        optedOut.add(destination);
    }
}
