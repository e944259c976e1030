package com.voxhub.campaign.job.domain;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.campaign.domain.CampaignService;
import com.voxhub.platform.web.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Seed 002's jobs: create, read, list, patch, unqueue, one at a time or in bulk (each bulk call one transaction). */
@Service
public class JobService {

    /** Seed 002: {@code modified_since} must lie in the past 48 hours. */
    public static final Duration MODIFIED_SINCE_WINDOW = Duration.ofHours(48);
    static final String UNQUEUED_BY_API = "unqueued by API";

    private final Jobs jobs;
    private final JobEvents events;
    private final CampaignService campaigns;
    private final Clock clock;

    public JobService(Jobs jobs, JobEvents events, CampaignService campaigns, Clock clock) {
        this.jobs = jobs;
        this.events = events;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Transactional
    public Job create(long accountId, JobDraft draft) {
        Campaign campaign = campaignFor(draft, campaigns.findAllForJobs(accountId, List.of()), accountId);
        JobDraft valid = JobValidator.validate(draft, campaign);
        Job job;
        try {
            job = jobs.insert(accountId, campaign.id(), valid);
        } catch (DuplicateReferenceException e) {
            throw duplicateReference();
        }
        Campaign active = campaigns.reactivateIfDeactivated(campaign);
        events.queued(job, active);
        return job;
    }

    /**
     * Up to {@link #MAX_BULK} drafts in one transaction: campaigns read once, every valid job inserted by one
     * statement, every JobQueued appended by one outbox write. A bad item fails alone (status in its result).
     */
    @Transactional
    public List<ItemResult> createAll(long accountId, List<BulkInput<JobDraft>> items) {
        Map<Long, Campaign> campaignsById = campaigns.findAllForJobs(accountId,
                items.stream().filter(i -> i.value() != null && i.value().campaign() != null)
                        .map(i -> i.value().campaign()).distinct().toList());
        ItemResult[] results = new ItemResult[items.size()];
        List<Integer> positions = new ArrayList<>();
        List<JobDraft> valid = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BulkInput<JobDraft> item = items.get(i);
            if (item.error() != null) {
                results[i] = ItemResult.failed(item.error());
                continue;
            }
            try {
                valid.add(JobValidator.validate(item.value(), campaignFor(item.value(), campaignsById, accountId)));
                positions.add(i);
            } catch (ApiException e) {
                results[i] = ItemResult.failed(e);
            }
        }
        List<Job> inserted = valid.isEmpty() ? List.of() : jobs.insertAll(accountId, valid);
        List<Job> queued = new ArrayList<>(inserted.size());
        for (int k = 0; k < inserted.size(); k++) {
            Job job = inserted.get(k);
            results[positions.get(k)] = job == null ? ItemResult.failed(duplicateReference()) : ItemResult.ok(201, job);
            if (job != null) {
                queued.add(job);
            }
        }
        Map<Long, Campaign> current = new HashMap<>(campaignsById);
        queued.stream().map(Job::campaignId).distinct()
                .forEach(id -> current.put(id, campaigns.reactivateIfDeactivated(current.get(id))));
        events.queuedAll(queued, current);
        return List.of(results);
    }

    public Job get(long accountId, long jobId) {
        return jobs.find(accountId, jobId).orElseThrow(JobService::notFound);
    }

    public List<Job> listByCampaign(long accountId, long campaignId) {
        campaigns.findForJob(accountId, campaignId).orElseThrow(JobService::notFound);
        return jobs.listByCampaign(accountId, campaignId);
    }

    /** @param campaignId null for every campaign of the account */
    public List<Job> listModifiedSince(long accountId, Instant since, Long campaignId) {
        if (since.isBefore(clock.instant().minus(MODIFIED_SINCE_WINDOW))) {
            throw FieldError.of("modified_since", "Ensure this value is within the past 48 hours.");
        }
        if (campaignId != null) {
            campaigns.findForJob(accountId, campaignId).orElseThrow(JobService::notFound);
        }
        return jobs.listModifiedSince(accountId, since, campaignId);
    }

    @Transactional
    public Job patch(long accountId, long jobId, JobPatch patch) {
        Job current = jobs.findForUpdate(accountId, jobId).orElseThrow(JobService::notFound);
        return patchLocked(accountId, current, patch);
    }

    /** Only the given fields of each job change; an id the account does not have is a 404 item. */
    @Transactional
    public List<ItemResult> patchAll(long accountId, List<BulkInput<IdentifiedPatch>> items) {
        Map<Long, Job> found = lockAll(accountId, items.stream()
                .filter(i -> i.value() != null).map(i -> i.value().id()).toList());
        List<ItemResult> results = new ArrayList<>(items.size());
        for (BulkInput<IdentifiedPatch> item : items) {
            if (item.error() != null) {
                results.add(ItemResult.failed(item.error()));
                continue;
            }
            Job current = found.get(item.value().id());
            if (current == null) {
                results.add(ItemResult.notFound());
                continue;
            }
            try {
                Job patched = patchLocked(accountId, current, item.value().patch());
                found.put(patched.id(), patched); // a later item of the same id patches this version
                results.add(ItemResult.ok(200, patched));
            } catch (ApiException e) {
                results.add(ItemResult.failed(e));
            }
        }
        return results;
    }

    @Transactional
    public Job unqueue(long accountId, long jobId) {
        Job job = jobs.findForUpdate(accountId, jobId).orElseThrow(JobService::notFound);
        Job result = unqueueLocked(accountId, job);
        if (result != job) {
            deactivateIfIdle(accountId, List.of(job.campaignId()));
        }
        return result;
    }

    @Transactional
    public List<ItemResult> unqueueAll(long accountId, List<BulkInput<Long>> items) {
        Map<Long, Job> found = lockAll(accountId, items.stream().filter(i -> i.value() != null).map(BulkInput::value).toList());
        List<Long> touchedCampaigns = new ArrayList<>();
        List<ItemResult> results = new ArrayList<>(items.size());
        for (BulkInput<Long> item : items) {
            Job job = item.error() != null ? null : found.get(item.value());
            if (item.error() != null) {
                results.add(ItemResult.failed(item.error()));
            } else if (job == null) {
                results.add(ItemResult.notFound());
            } else {
                Job unqueued = unqueueLocked(accountId, job);
                if (unqueued != job) {
                    touchedCampaigns.add(job.campaignId());
                }
                found.put(unqueued.id(), unqueued);
                results.add(ItemResult.ok(200, unqueued));
            }
        }
        deactivateIfIdle(accountId, touchedCampaigns);
        return results;
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

    private Job patchLocked(long accountId, Job current, JobPatch patch) {
        if (patch.has("campaign") && (patch.values().campaign() == null || patch.values().campaign() != current.campaignId())) {
            throw FieldError.of("campaign", "A job cannot move to another campaign.");
        }
        Campaign campaign = campaigns.findForJob(accountId, current.campaignId()).orElseThrow(JobService::notFound);
        JobDraft valid = JobValidator.validate(patch.applyTo(current), campaign);
        Job updated;
        try {
            updated = jobs.update(current.id(), valid);
        } catch (DuplicateReferenceException e) {
            throw duplicateReference();
        }
        events.changed(updated, campaign);
        return updated;
    }

    /**
     * Seed 002 shows an unqueued job in state 3, so that is what it becomes; a job already finished stays as it is.
     * Deliverers learn it from JobUnqueued and drop it.
     */
    private Job unqueueLocked(long accountId, Job job) {
        if (JobState.isFinal(job.state())) {
            return job;
        }
        Job unqueued = jobs.updateState(job.id(), JobState.FAILED, null);
        Campaign campaign = campaigns.findForJob(accountId, job.campaignId()).orElseThrow(JobService::notFound);
        events.unqueued(unqueued, campaign, UNQUEUED_BY_API);
        return unqueued;
    }

    /**
     * Seed 002: a campaign whose last active job was unqueued is deactivated. The campaign row is locked before
     * counting, so two transactions unqueueing its last two jobs cannot both see the other one still active.
     */
    private void deactivateIfIdle(long accountId, List<Long> campaignIds) {
        for (long id : new TreeSet<>(campaignIds)) {
            campaigns.lockForJobs(accountId, id)
                    .filter(c -> jobs.countActive(id) == 0)
                    .ifPresent(campaigns::deactivateIfActive);
        }
    }

    private Map<Long, Job> lockAll(long accountId, List<Long> ids) {
        Map<Long, Job> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jobs.findAllForUpdate(accountId, ids).forEach(j -> found.put(j.id(), j));
        }
        return found;
    }

    private Campaign campaignFor(JobDraft draft, Map<Long, Campaign> known, long accountId) {
        if (draft.campaign() == null) {
            throw FieldError.of("campaign", "This field is required.");
        }
        Campaign campaign = Optional.ofNullable(known.get(draft.campaign()))
                .or(() -> campaigns.findForJob(accountId, draft.campaign()))
                .orElseThrow(() -> FieldError.of("campaign", "Invalid pk \"" + draft.campaign() + "\" - object does not exist."));
        if (!campaign.acceptsJobs()) {
            throw FieldError.of("campaign", "Campaign is stopped and takes no new jobs.");
        }
        return campaign;
    }

    private static ApiException duplicateReference() {
        return FieldError.of("reference", "A job with this reference already exists in this campaign.");
    }

    private static ApiException notFound() {
        return ApiException.notFound("not_found", "Not found.");
    }

    /** Bulk limit of seed 002. */
    public static final int MAX_BULK = 1000;
}
