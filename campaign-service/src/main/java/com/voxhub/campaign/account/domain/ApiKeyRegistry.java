package com.voxhub.campaign.account.domain;

/** Port: stores key hashes and announces them to the other services. */
public interface ApiKeyRegistry {

    void register(Account account, String keyHash, String prefix, String label, boolean live);

    /** @return false when no active key of this account has that prefix */
    boolean revoke(Account account, String prefix);
}
