package com.voxhub.campaign.account.kafka;

import com.voxhub.campaign.account.domain.Account;
import com.voxhub.events.Topics;
import com.voxhub.events.accounts.ApiKeyIssued;
import com.voxhub.events.accounts.ApiKeyMode;
import com.voxhub.events.accounts.ApiKeyRevoked;
import com.voxhub.platform.outbox.Outbox;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Publishes key changes to the compacted {@code accounts.api-keys} topic, keyed by key hash. */
@Component
public class ApiKeyEvents {

    private final Outbox outbox;
    private final Clock clock;

    ApiKeyEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public void issued(Account account, String keyHash, String prefix, String label, boolean live) {
        outbox.append(Topics.ACCOUNTS_API_KEYS, keyHash, ApiKeyIssued.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant())
                .setKeyHash(keyHash)
                .setKeyPrefix(prefix)
                .setAccountId(account.id())
                .setAccountLogin(account.login())
                .setMode(live ? ApiKeyMode.LIVE : ApiKeyMode.TEST)
                .setLabel(label)
                .build());
    }

    public void revoked(Account account, String keyHash) {
        outbox.append(Topics.ACCOUNTS_API_KEYS, keyHash, ApiKeyRevoked.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant())
                .setKeyHash(keyHash)
                .setAccountId(account.id())
                .build());
    }
}
