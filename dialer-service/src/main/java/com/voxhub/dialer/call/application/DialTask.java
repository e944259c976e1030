package com.voxhub.dialer.call.application;

import com.voxhub.dialer.call.domain.CallAttempt;
import com.voxhub.dialer.campaign.domain.Campaign;
import com.voxhub.dialer.job.domain.DialJob;

/** An attempt whose intent is committed, with what placing it needs. */
public record DialTask(CallAttempt attempt, DialJob job, Campaign campaign) {
}
