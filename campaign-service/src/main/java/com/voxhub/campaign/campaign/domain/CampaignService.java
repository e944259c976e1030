package com.voxhub.campaign.campaign.domain;

import com.voxhub.platform.web.ApiException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CampaignService {

    private final Campaigns campaigns;
    private final CampaignEvents events;

    public CampaignService(Campaigns campaigns, CampaignEvents events) {
        this.campaigns = campaigns;
        this.events = events;
    }

    @Transactional
    public Campaign create(long accountId, CampaignDraft draft) {
        Campaign campaign = campaigns.insert(accountId, CampaignValidator.validate(draft));
        events.changed(campaign);
        return campaign;
    }

    /** Only the given fields change, validated like a new campaign; status moves through start/pause/stop. */
    @Transactional
    public Campaign patch(long accountId, long campaignId, CampaignPatch patch) {
        Campaign current = campaigns.findForUpdate(accountId, campaignId)
                .orElseThrow(() -> ApiException.notFound("campaign_not_found", "campaign " + campaignId + " not found"));
        if (patch.has("status")) {
            throw ApiException.badRequest("invalid_status", "status changes through POST .../start, .../pause and .../stop");
        }
        if (current.status() == CampaignStatus.STOPPED) {
            throw ApiException.conflict("campaign_stopped", "campaign " + campaignId + " is stopped for good");
        }
        ValidCampaign valid = CampaignValidator.validate(patch.applyTo(current));
        if (valid.channel() != current.channel()) {
            throw ApiException.badRequest("invalid_channel", "channel cannot change once a campaign exists");
        }
        Campaign changed = campaigns.update(campaignId, valid);
        events.changed(changed);
        return changed;
    }

    public CampaignStats stats(long accountId, long campaignId) {
        Campaign campaign = get(accountId, campaignId);
        return CampaignStats.of(campaign, campaigns.jobCounts(campaignId));
    }

    /** The account's campaigns among {@code ids}, by id (jobs name them; an unknown id is simply absent). */
    public Map<Long, Campaign> findAllForJobs(long accountId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return campaigns.findAll(accountId, ids).stream().collect(Collectors.toMap(Campaign::id, c -> c));
    }

    /** Locks the campaign so job counts read next cannot change under the caller (seed 002 deactivation). */
    public Optional<Campaign> lockForJobs(long accountId, long campaignId) {
        return campaigns.findForUpdate(accountId, campaignId);
    }

    /** Seed 002: the last active job was unqueued. Only an active campaign becomes deactivated. */
    @Transactional
    public Campaign deactivateIfActive(Campaign campaign) {
        if (campaign.status() != CampaignStatus.ACTIVE) {
            return campaign;
        }
        Campaign changed = campaigns.updateStatus(campaign.id(), CampaignStatus.DEACTIVATED);
        events.changed(changed);
        return changed;
    }

    /** Another account's campaign is indistinguishable from a missing one. */
    public Campaign get(long accountId, long campaignId) {
        return campaigns.find(accountId, campaignId)
                .orElseThrow(() -> ApiException.notFound("campaign_not_found", "campaign " + campaignId + " not found"));
    }

    public Optional<Campaign> findForJob(long accountId, long campaignId) {
        return campaigns.find(accountId, campaignId);
    }

    public List<Campaign> list(long accountId, long afterId, int limit) {
        return campaigns.list(accountId, afterId, limit);
    }

    @Transactional
    public Campaign changeStatus(long accountId, long campaignId, CampaignStatus target) {
        Campaign current = get(accountId, campaignId);
        if (current.status() == target) {
            return current;
        }
        if (current.status() == CampaignStatus.STOPPED) {
            throw ApiException.conflict("campaign_stopped", "campaign " + campaignId + " is stopped for good");
        }
        Campaign changed = campaigns.updateStatus(campaignId, target);
        events.changed(changed);
        return changed;
    }

    /** A job arriving on a deactivated campaign (seed 002) brings it back to life. */
    @Transactional
    public Campaign reactivateIfDeactivated(Campaign campaign) {
        if (campaign.status() != CampaignStatus.DEACTIVATED) {
            return campaign;
        }
        Campaign changed = campaigns.updateStatus(campaign.id(), CampaignStatus.ACTIVE);
        events.changed(changed);
        return changed;
    }
}
