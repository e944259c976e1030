package com.voxhub.dialer.job.domain;

/**
 * An active campaign with jobs due now: {@code due} of them (counted up to a limit), {@code dialing} = its jobs with
 * a call requested or in progress.
 */
public record DueCampaign(long campaignId, long accountId, int due, int dialing) {
}
