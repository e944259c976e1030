package com.voxhub.campaign.job.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One contact to reach in one campaign (seed 002's job). */
public record Job(
        long id,
        long accountId,
        long campaignId,
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
        String country,
        int state,
        String contactStatus,
        Instant createdAt,
        Instant modifiedAt) {
}
