package com.voxhub.campaign.job.web;

import com.voxhub.campaign.job.domain.FieldError;
import com.voxhub.campaign.job.domain.JobService;
import com.voxhub.platform.auth.AccountPrincipal;
import com.voxhub.platform.web.Blocking;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** Seed 002's Jobs API ({@code Authorization: Bearer}). */
@RestController
@RequestMapping("/j/jobs")
class JobsController {

    private final JobService jobs;
    private final JobRequests requests;

    JobsController(JobService jobs, JobRequests requests) {
        this.jobs = jobs;
        this.requests = requests;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<JobView> create(AccountPrincipal caller, @RequestBody JsonNode body) {
        return Blocking.call(() -> JobView.of(jobs.create(caller.accountId(), requests.draft(body))));
    }

    @GetMapping("/{id}")
    Mono<JobView> get(AccountPrincipal caller, @PathVariable long id) {
        return Blocking.call(() -> JobView.of(jobs.get(caller.accountId(), id)));
    }

    @PatchMapping("/{id}")
    Mono<JobView> patch(AccountPrincipal caller, @PathVariable long id, @RequestBody JsonNode body) {
        return Blocking.call(() -> JobView.of(jobs.patch(caller.accountId(), id, requests.patch(body))));
    }

    @PostMapping("/{id}/unqueue")
    Mono<JobView> unqueue(AccountPrincipal caller, @PathVariable long id) {
        return Blocking.call(() -> JobView.of(jobs.unqueue(caller.accountId(), id)));
    }

    @GetMapping
    Mono<List<JobView>> list(AccountPrincipal caller, @RequestParam(required = false) Long campaign,
                             @RequestParam(name = "modified_since", required = false) String modifiedSince) {
        if (modifiedSince != null) {
            Instant since = instant(modifiedSince);
            return Blocking.call(() -> jobs.listModifiedSince(caller.accountId(), since, campaign).stream().map(JobView::of).toList());
        }
        if (campaign == null) {
            throw FieldError.of("campaign", "This field is required unless modified_since is specified.");
        }
        return Blocking.call(() -> jobs.listByCampaign(caller.accountId(), campaign).stream().map(JobView::of).toList());
    }

    @PostMapping("/bulk/create")
    Mono<List<BulkItemView>> bulkCreate(AccountPrincipal caller, @RequestBody JsonNode body) {
        var items = requests.bulk(body, requests::draft);
        return Blocking.call(() -> jobs.createAll(caller.accountId(), items).stream().map(BulkItemView::of).toList());
    }

    @PostMapping("/bulk/patch")
    Mono<List<BulkItemView>> bulkPatch(AccountPrincipal caller, @RequestBody JsonNode body) {
        var items = requests.bulk(body, requests::identifiedPatch);
        return Blocking.call(() -> jobs.patchAll(caller.accountId(), items).stream().map(BulkItemView::of).toList());
    }

    @PostMapping("/bulk/unqueue")
    Mono<List<BulkItemView>> bulkUnqueue(AccountPrincipal caller, @RequestBody JsonNode body) {
        var items = requests.bulk(body, requests::id);
        return Blocking.call(() -> jobs.unqueueAll(caller.accountId(), items).stream().map(BulkItemView::of).toList());
    }

    /** DRF's datetime field: ISO 8601 with an offset or Z; without one, UTC. */
    private static Instant instant(String raw) {
        String value = raw.strip().replace(' ', '+'); // an unencoded + of the offset arrives as a space
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw FieldError.of("modified_since",
                        "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].");
            }
        }
    }
}
