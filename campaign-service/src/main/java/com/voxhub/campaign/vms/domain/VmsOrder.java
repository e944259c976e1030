package com.voxhub.campaign.vms.domain;

import java.time.Instant;
import java.util.List;

/** A seed-003 send after casting and validation: every field has its value or its documented default. */
public record VmsOrder(
        String text,
        List<String> recipients,
        String sender,
        Instant sendAt,
        String purpose,
        String type,
        String voiceGender,
        String voiceLanguage,
        boolean autoDeleteOptoutContacts,
        boolean getBackPressedKeys,
        boolean simulationMode) {
}
