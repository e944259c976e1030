package com.voxhub.campaign.account.web;

import com.voxhub.campaign.account.domain.Account;
import com.voxhub.campaign.account.domain.AccountService;
import com.voxhub.campaign.account.domain.IssuedApiKey;
import com.voxhub.campaign.web.AdminToken;
import com.voxhub.platform.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Operator endpoints: accounts and their API keys, guarded by the admin token from configuration. */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountAdminController {

    private final AccountService accounts;
    private final AdminToken adminToken;

    AccountAdminController(AccountService accounts, AdminToken adminToken) {
        this.accounts = accounts;
        this.adminToken = adminToken;
    }

    record CreateAccount(String login, String name) {
    }

    record CreateApiKey(String label, String mode) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Account> create(@RequestHeader(name = AdminToken.HEADER, required = false) String token,
                         @RequestBody CreateAccount body) {
        adminToken.check(token);
        return Blocking.call(() -> accounts.create(body.login(), body.name()));
    }

    @GetMapping("/{id}")
    Mono<Account> get(@RequestHeader(name = AdminToken.HEADER, required = false) String token, @PathVariable long id) {
        adminToken.check(token);
        return Blocking.call(() -> accounts.get(id));
    }

    @GetMapping("/by-login/{login}")
    Mono<Account> byLogin(@RequestHeader(name = AdminToken.HEADER, required = false) String token,
                          @PathVariable String login) {
        adminToken.check(token);
        return Blocking.call(() -> accounts.findByLogin(login)
                .orElseThrow(() -> com.voxhub.platform.web.ApiException.notFound("account_not_found", "no account " + login)));
    }

    @PostMapping("/{id}/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<IssuedApiKey> issueKey(@RequestHeader(name = AdminToken.HEADER, required = false) String token,
                                @PathVariable long id, @RequestBody(required = false) CreateApiKey body) {
        adminToken.check(token);
        CreateApiKey request = body == null ? new CreateApiKey(null, null) : body;
        return Blocking.call(() -> accounts.issueKey(id, request.label(), request.mode()));
    }

    @DeleteMapping("/{id}/api-keys/{prefix}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> revokeKey(@RequestHeader(name = AdminToken.HEADER, required = false) String token,
                         @PathVariable long id, @PathVariable String prefix) {
        adminToken.check(token);
        return Blocking.call(() -> {
            accounts.revokeKey(id, prefix);
            return Boolean.TRUE;
        }).then();
    }
}
