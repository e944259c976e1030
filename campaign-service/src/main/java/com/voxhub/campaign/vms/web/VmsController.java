package com.voxhub.campaign.vms.web;

import com.voxhub.campaign.credit.domain.Pricing;
import com.voxhub.campaign.vms.domain.VmsReceipt;
import com.voxhub.campaign.vms.domain.VmsService;
import com.voxhub.campaign.vms.domain.VmsValidationException;
import com.voxhub.platform.auth.AccountPrincipal;
import com.voxhub.platform.web.Blocking;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Seed 003: {@code POST /v1/public/vocal-campaign/send} ({@code api-key} + {@code api-login}). The body is read as a
 * plain JSON object so that the parser can cast wrong types instead of refusing them.
 */
@RestController
class VmsController {

    private final VmsService vms;
    private final Pricing pricing;

    VmsController(VmsService vms, Pricing pricing) {
        this.vms = vms;
        this.pricing = pricing;
    }

    /** Money in the account currency with its decimals, as the seed shows it (0.05, 149.95). */
    record SendAnswer(String ticketNumber, int numberOfContacts, BigDecimal totalCost, int estimatedDuration,
                      BigDecimal residualCredit) {
    }

    @PostMapping("/v1/public/vocal-campaign/send")
    Mono<ResponseEntity<Object>> send(AccountPrincipal caller, @RequestBody(required = false) Map<String, Object> body) {
        return Blocking.call(() -> ResponseEntity.ok((Object) answer(vms.send(caller.accountId(), body))))
                .onErrorResume(VmsValidationException.class,
                        e -> Mono.just(ResponseEntity.badRequest().body(VmsErrors.validation(e.errors()))));
    }

    private SendAnswer answer(VmsReceipt r) {
        return new SendAnswer(r.ticketNumber(), r.numberOfContacts(), pricing.amount(r.totalCostMinor()),
                r.estimatedDuration(), pricing.amount(r.residualCreditMinor()));
    }
}
