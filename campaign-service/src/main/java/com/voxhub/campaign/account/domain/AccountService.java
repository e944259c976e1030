package com.voxhub.campaign.account.domain;

import com.voxhub.platform.auth.ApiKeys;
import com.voxhub.platform.web.ApiException;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService {

    /** Seed 003 sends the login as a header value: keep it header-safe and short. */
    private static final Pattern LOGIN = Pattern.compile("[a-zA-Z0-9._-]{3,64}");
    private static final int PREFIX_LENGTH = 12;

    private final Accounts accounts;
    private final ApiKeyRegistry keys;
    private final Clock clock;

    public AccountService(Accounts accounts, ApiKeyRegistry keys, Clock clock) {
        this.accounts = accounts;
        this.keys = keys;
        this.clock = clock;
    }

    @Transactional
    public Account create(String login, String name) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw ApiException.badRequest("invalid_login", "login must be 3-64 characters of letters, digits, '.', '_' or '-'");
        }
        if (accounts.findByLogin(login).isPresent()) {
            throw ApiException.conflict("login_taken", "an account with login '" + login + "' already exists");
        }
        return accounts.create(login, name == null || name.isBlank() ? login : name.strip());
    }

    public Account get(long id) {
        return accounts.findById(id).orElseThrow(() -> ApiException.notFound("account_not_found", "no account " + id));
    }

    public java.util.Optional<Account> findByLogin(String login) {
        return accounts.findByLogin(login);
    }

    @Transactional
    public IssuedApiKey issueKey(long accountId, String label, String mode) {
        Account account = get(accountId);
        boolean live = mode == null || mode.equals("live");
        if (!live && !mode.equals("test")) {
            throw ApiException.badRequest("invalid_mode", "mode must be 'live' or 'test'");
        }
        String key = ApiKeys.newKey(live);
        String prefix = key.substring(0, PREFIX_LENGTH);
        keys.register(account, ApiKeys.hash(key), prefix, label, live);
        return new IssuedApiKey(key, prefix, label, live ? "live" : "test", account.id(), clock.instant());
    }

    @Transactional
    public void revokeKey(long accountId, String prefix) {
        if (!keys.revoke(get(accountId), prefix)) {
            throw ApiException.notFound("api_key_not_found", "no active key with prefix " + prefix);
        }
    }
}
