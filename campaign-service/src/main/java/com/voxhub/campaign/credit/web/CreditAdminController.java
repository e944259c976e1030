package com.voxhub.campaign.credit.web;

import com.voxhub.campaign.credit.domain.CreditService;
import com.voxhub.campaign.credit.domain.LedgerEntry;
import com.voxhub.campaign.credit.domain.Pricing;
import com.voxhub.campaign.web.AdminToken;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.Blocking;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Operator endpoints for credit: top up an account, read its balance and ledger (admin token). */
@RestController
@RequestMapping("/api/v1/accounts/{id}/credits")
class CreditAdminController {

    private final CreditService credits;
    private final AdminToken adminToken;

    CreditAdminController(CreditService credits, AdminToken adminToken) {
        this.credits = credits;
        this.adminToken = adminToken;
    }

    record TopUp(Long amountMinor, String note) {
    }

    record Entry(long id, long amountMinor, BigDecimal amount, long balanceAfterMinor, String kind, String reference,
                 String note, Instant createdAt) {
    }

    record Balance(long accountId, String currency, long balanceMinor, BigDecimal balance, List<Entry> entries) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Balance> topUp(@RequestHeader(name = AdminToken.HEADER, required = false) String token, @PathVariable long id,
                        @RequestBody(required = false) TopUp body) {
        adminToken.check(token);
        if (body == null) {
            throw ApiException.badRequest("invalid_amount_minor", "a body with amount_minor is required");
        }
        return Blocking.call(() -> {
            LedgerEntry entry = credits.topUp(id, body.amountMinor(), body.note());
            return balance(id, entry.balanceAfterMinor(), List.of(entry));
        });
    }

    @GetMapping
    Mono<Balance> statement(@RequestHeader(name = AdminToken.HEADER, required = false) String token, @PathVariable long id,
                            @RequestParam(defaultValue = "100") int limit) {
        adminToken.check(token);
        if (limit < 1 || limit > 1000) {
            throw ApiException.badRequest("invalid_limit", "limit must be between 1 and 1000");
        }
        return Blocking.call(() -> {
            CreditService.Statement statement = credits.statement(id, limit);
            return balance(id, statement.balanceMinor(), statement.entries());
        });
    }

    private Balance balance(long accountId, long balanceMinor, List<LedgerEntry> entries) {
        Pricing pricing = credits.pricing();
        return new Balance(accountId, pricing.currency(), balanceMinor, pricing.amount(balanceMinor), entries.stream()
                .map(e -> new Entry(e.id(), e.amountMinor(), pricing.amount(e.amountMinor()), e.balanceAfterMinor(),
                        e.kind(), e.reference(), e.note(), e.createdAt()))
                .toList());
    }
}
