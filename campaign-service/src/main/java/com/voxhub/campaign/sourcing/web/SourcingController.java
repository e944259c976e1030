package com.voxhub.campaign.sourcing.web;

import com.voxhub.campaign.sourcing.domain.CandidateDraft;
import com.voxhub.campaign.sourcing.domain.SourcingResult;
import com.voxhub.campaign.sourcing.domain.SourcingService;
import com.voxhub.platform.auth.AccountPrincipal;
import com.voxhub.platform.web.Blocking;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Seed 000: {@code POST /api/v1/campaigns/{campaign_id}/source} ({@code X-API-Key}); errors in the native shape. */
@RestController
class SourcingController {

    private final SourcingService sourcing;

    SourcingController(SourcingService sourcing) {
        this.sourcing = sourcing;
    }

    record SourceBody(List<CandidateDraft> candidates) {
    }

    @PostMapping("/api/v1/campaigns/{campaign_id}/source")
    Mono<SourcingResult> source(AccountPrincipal caller, @PathVariable("campaign_id") String campaignId,
                                @RequestBody(required = false) SourceBody body) {
        return Blocking.call(() -> sourcing.source(caller.accountId(), campaignId, body == null ? null : body.candidates()));
    }
}
