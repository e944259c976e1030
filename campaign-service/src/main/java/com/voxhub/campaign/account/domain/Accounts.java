package com.voxhub.campaign.account.domain;

import java.util.Optional;

/** Port: where accounts are stored. */
public interface Accounts {

    Account create(String login, String name);

    Optional<Account> findById(long id);

    Optional<Account> findByLogin(String login);
}
