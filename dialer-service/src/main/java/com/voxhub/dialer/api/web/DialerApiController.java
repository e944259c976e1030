package com.voxhub.dialer.api.web;

import com.voxhub.dialer.api.jdbc.DialerReadModel;
import com.voxhub.dialer.config.DialerProperties;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.Blocking;
import java.time.Clock;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** /dialer/v1: a job's attempts and a campaign's live pacing, for the caller's account only (else 404). */
@RestController
@RequestMapping("/dialer/v1")
class DialerApiController {

    private final ApiCallers callers;
    private final DialerReadModel reads;
    private final DialerProperties properties;
    private final Clock clock;

    DialerApiController(ApiCallers callers, DialerReadModel reads, DialerProperties properties, Clock clock) {
        this.callers = callers;
        this.reads = reads;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/jobs/{jobId}/attempts")
    Mono<Map<String, Object>> attempts(@RequestHeader(name = ApiCallers.HEADER, required = false) String apiKey,
                                       @PathVariable String jobId) {
        long id = id(jobId, "job");
        return callers.account(apiKey)
                .flatMap(account -> Blocking.call(() -> reads.jobAttempts(account, id)))
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(ApiException.notFound("job_not_found", "Job " + id + " not found")));
    }

    @GetMapping("/campaigns/{campaignId}/pacing")
    Mono<Map<String, Object>> pacing(@RequestHeader(name = ApiCallers.HEADER, required = false) String apiKey,
                                     @PathVariable String campaignId) {
        long id = id(campaignId, "campaign");
        return callers.account(apiKey)
                .flatMap(account -> Blocking.call(() -> reads.campaignPacing(account, id, clock.instant())))
                .flatMap(Mono::justOrEmpty)
                .map(body -> {
                    body.put("calls_per_second", properties.pacing().callsPerSecond());
                    return body;
                })
                .switchIfEmpty(Mono.error(ApiException.notFound("campaign_not_found",
                        "Campaign " + id + " not found")));
    }

    static long id(String raw, String what) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ApiException.badRequest("invalid_id", what + " id must be a positive integer");
    }
}
