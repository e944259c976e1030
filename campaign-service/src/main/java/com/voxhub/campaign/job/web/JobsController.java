package com.voxhub.campaign.job.web;

import com.voxhub.campaign.job.domain.JobDraft;
import com.voxhub.campaign.job.domain.JobService;
import com.voxhub.platform.auth.AccountPrincipal;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.Blocking;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Seed 002's Jobs API ({@code Authorization: Bearer}). */
@RestController
@RequestMapping("/j/jobs")
class JobsController {

    private final JobService jobs;

    JobsController(JobService jobs) {
        this.jobs = jobs;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<JobView> create(AccountPrincipal caller, @RequestBody JobDraft draft) {
        return Blocking.call(() -> JobView.of(jobs.create(caller.accountId(), draft)));
    }

    @GetMapping("/{id}")
    Mono<JobView> get(AccountPrincipal caller, @PathVariable long id) {
        return Blocking.call(() -> JobView.of(jobs.get(caller.accountId(), id)));
    }

    @GetMapping
    Mono<List<JobView>> list(AccountPrincipal caller, @RequestParam(required = false) Long campaign) {
        if (campaign == null) {
            throw ApiException.badRequest("field:campaign", "This field is required unless modified_since is specified.");
        }
        return Blocking.call(() -> jobs.listByCampaign(caller.accountId(), campaign).stream().map(JobView::of).toList());
    }
}
