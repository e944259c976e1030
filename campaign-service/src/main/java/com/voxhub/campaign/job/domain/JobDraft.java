package com.voxhub.campaign.job.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A job as a caller submits it; every field may be missing until {@link JobValidator} says otherwise. */
public record JobDraft(
        Long campaign,
        String reference,
        String name,
        String email,
        List<String> numbers,
        Instant appointment,
        Map<String, Object> data,
        String label,
        String url,
        BigDecimal value,
        List<String> addressLines,
        String city,
        String postalCode,
        String country) {
}
