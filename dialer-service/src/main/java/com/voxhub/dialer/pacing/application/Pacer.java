package com.voxhub.dialer.pacing.application;

import com.voxhub.dialer.campaign.domain.Campaign;
import com.voxhub.dialer.config.DialerProperties;
import com.voxhub.dialer.pacing.domain.CampaignRate;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Per-campaign pacing of this instance: calls per second (the dialer's setting), calls per minute and concurrent
 * calls (the campaign's caps, else the dialer's defaults). The scheduler asks for allowances, reserves what it
 * claims; the dialer reports each request as it leaves, or releases it when the call is not made.
 */
@Component
public class Pacer {

    private final DialerProperties.Pacing config;
    private final Clock clock;
    private final Map<Long, CampaignRate> rates = new HashMap<>();

    public Pacer(DialerProperties properties, Clock clock) {
        this.config = properties.pacing();
        this.clock = clock;
    }

    /** Calls the campaign may start now, given the calls it has in progress ({@code dialing}). */
    public synchronized int allowance(Campaign campaign, int dialing) {
        int concurrent = campaign.maxConcurrentCalls() != null && campaign.maxConcurrentCalls() > 0
                ? campaign.maxConcurrentCalls() : config.maxConcurrentCalls();
        int perMinute = campaign.callsPerMinute() != null && campaign.callsPerMinute() > 0
                ? campaign.callsPerMinute() : 0;
        int byRate = rate(campaign.id()).allowance(clock.millis(), callsPerSecond(campaign), perMinute);
        return Math.max(0, Math.min(byRate, concurrent - dialing));
    }

    public int callsPerSecond(Campaign campaign) {
        return config.callsPerSecond();
    }

    public synchronized void reserve(long campaignId, int calls) {
        rate(campaignId).reserve(calls);
    }

    public synchronized void started(long campaignId) {
        rate(campaignId).started(clock.millis());
    }

    public synchronized void released(long campaignId) {
        rate(campaignId).released();
    }

    /** Drops the state of campaigns that started nothing for a minute, so memory follows active campaigns. */
    public synchronized void forgetIdle() {
        long now = clock.millis();
        rates.values().removeIf(rate -> rate.idle(now));
    }

    private CampaignRate rate(long campaignId) {
        return rates.computeIfAbsent(campaignId, id -> new CampaignRate());
    }
}
