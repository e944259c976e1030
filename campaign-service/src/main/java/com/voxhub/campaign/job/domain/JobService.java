package com.voxhub.campaign.job.domain;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.campaign.domain.CampaignService;
import com.voxhub.platform.web.ApiException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class JobService {

    private final Jobs jobs;
    private final JobEvents events;
    private final CampaignService campaigns;

    public JobService(Jobs jobs, JobEvents events, CampaignService campaigns) {
        this.jobs = jobs;
        this.events = events;
        this.campaigns = campaigns;
    }

    @Transactional
    public Job create(long accountId, JobDraft draft) {
        if (draft.campaign() == null) {
            throw FieldError.of("campaign", "This field is required.");
        }
        Campaign campaign = campaigns.findForJob(accountId, draft.campaign())
                .orElseThrow(() -> FieldError.of("campaign", "Invalid pk \"" + draft.campaign() + "\" - object does not exist."));
        if (!campaign.acceptsJobs()) {
            throw FieldError.of("campaign", "Campaign is stopped and takes no new jobs.");
        }
        JobDraft valid = JobValidator.validate(draft, campaign);
        Job job;
        try {
            job = jobs.insert(accountId, campaign.id(), valid);
        } catch (DuplicateReferenceException e) {
            throw FieldError.of("reference", "A job with this reference already exists in this campaign.");
        }
        Campaign active = campaigns.reactivateIfDeactivated(campaign);
        events.queued(job, active);
        return job;
    }

    public Job get(long accountId, long jobId) {
        return jobs.find(accountId, jobId).orElseThrow(() -> ApiException.notFound("not_found", "Not found."));
    }

    public List<Job> listByCampaign(long accountId, long campaignId) {
        campaigns.findForJob(accountId, campaignId).orElseThrow(() -> ApiException.notFound("not_found", "Not found."));
        return jobs.listByCampaign(accountId, campaignId);
    }

    /**
     * Applies a delivery outcome reported by dialer or messaging. Outcomes may arrive late or twice; only
     * forward moves change the job (see {@link JobState#canMove}).
     *
     * @return the job after the change, or empty when nothing changed
     */
    @Transactional
    public Optional<Job> applyOutcome(long jobId, int state, String contactStatus) {
        Optional<Job> current = jobs.findById(jobId);
        if (current.isEmpty() || !JobState.canMove(current.get().state(), state)) {
            return Optional.empty();
        }
        Job changed = jobs.updateState(jobId, state, contactStatus);
        campaigns.findForJob(changed.accountId(), changed.campaignId()).ifPresent(c -> events.changed(changed, c));
        return Optional.of(changed);
    }
}
