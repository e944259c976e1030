package com.voxhub.campaign.campaign.domain;

import com.voxhub.platform.web.ApiException;
import java.util.List;
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

    /** Another account's campaign is indistinguishable from a missing one. */
    public Campaign get(long accountId, long campaignId) {
        return campaigns.find(accountId, campaignId)
                .orElseThrow(() -> ApiException.notFound("campaign_not_found", "campaign " + campaignId + " not found"));
    }

    public java.util.Optional<Campaign> findForJob(long accountId, long campaignId) {
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
