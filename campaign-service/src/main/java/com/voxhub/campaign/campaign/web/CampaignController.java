package com.voxhub.campaign.campaign.web;

import com.voxhub.campaign.campaign.domain.CampaignDraft;
import com.voxhub.campaign.campaign.domain.CampaignPatch;
import com.voxhub.campaign.campaign.domain.CampaignService;
import com.voxhub.campaign.campaign.domain.CampaignStatus;
import com.voxhub.platform.auth.AccountPrincipal;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.Blocking;
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

/** Native campaign API ({@code X-API-Key}). */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignController {

    private static final int MAX_PAGE = 500;

    private final CampaignService campaigns;
    private final CampaignPatchRequest patches;

    CampaignController(CampaignService campaigns, CampaignPatchRequest patches) {
        this.campaigns = campaigns;
        this.patches = patches;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<CampaignView> create(AccountPrincipal caller, @RequestBody CampaignDraft draft) {
        return Blocking.call(() -> CampaignView.of(campaigns.create(caller.accountId(), draft)));
    }

    @GetMapping("/{id}")
    Mono<CampaignView> get(AccountPrincipal caller, @PathVariable long id) {
        return Blocking.call(() -> CampaignView.of(campaigns.get(caller.accountId(), id)));
    }

    @PatchMapping("/{id}")
    Mono<CampaignView> patch(AccountPrincipal caller, @PathVariable long id, @RequestBody JsonNode body) {
        CampaignPatch patch = patches.decode(body);
        return Blocking.call(() -> CampaignView.of(campaigns.patch(caller.accountId(), id, patch)));
    }

    @GetMapping("/{id}/stats")
    Mono<CampaignStatsView> stats(AccountPrincipal caller, @PathVariable long id) {
        return Blocking.call(() -> CampaignStatsView.of(campaigns.stats(caller.accountId(), id)));
    }

    @GetMapping
    Mono<List<CampaignView>> list(AccountPrincipal caller,
                                  @RequestParam(name = "after_id", defaultValue = "0") long afterId,
                                  @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ApiException.badRequest("invalid_limit", "limit must be between 1 and " + MAX_PAGE);
        }
        return Blocking.call(() -> campaigns.list(caller.accountId(), afterId, limit).stream().map(CampaignView::of).toList());
    }

    @PostMapping("/{id}/start")
    Mono<CampaignView> start(AccountPrincipal caller, @PathVariable long id) {
        return status(caller, id, CampaignStatus.ACTIVE);
    }

    @PostMapping("/{id}/pause")
    Mono<CampaignView> pause(AccountPrincipal caller, @PathVariable long id) {
        return status(caller, id, CampaignStatus.PAUSED);
    }

    @PostMapping("/{id}/stop")
    Mono<CampaignView> stop(AccountPrincipal caller, @PathVariable long id) {
        return status(caller, id, CampaignStatus.STOPPED);
    }

    private Mono<CampaignView> status(AccountPrincipal caller, long id, CampaignStatus target) {
        return Blocking.call(() -> CampaignView.of(campaigns.changeStatus(caller.accountId(), id, target)));
    }
}
