package com.voxhub.campaign.job.web;

import com.voxhub.campaign.job.domain.Job;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A job exactly as seed 002 shows it. */
record JobView(List<String> addressLines, Instant appointment, long campaign, String city, String country,
               Instant createdAt, Map<String, Object> data, String email, long id, String label, String name,
               List<String> numbers, String postalCode, String reference, int state, String url, Double value) {

    static JobView of(Job j) {
        return new JobView(j.addressLines(), j.appointment(), j.campaignId(), j.city(), j.country(), j.createdAt(),
                j.data(), j.email(), j.id(), j.label(), j.name(), j.numbers(), j.postalCode(), j.reference(), j.state(),
                j.url(), j.value() == null ? null : j.value().doubleValue());
    }
}
