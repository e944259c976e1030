package com.voxhub.webhook.it;

import com.voxhub.events.Topics;
import com.voxhub.events.accounts.ApiKeyIssued;
import com.voxhub.events.accounts.ApiKeyMode;
import com.voxhub.platform.auth.ApiKeys;
import java.time.Instant;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaTemplate;

/** Issues API keys the way campaign-service does: an ApiKeyIssued on the compacted accounts.api-keys topic. */
final class ApiKeysOnTopic {

    private ApiKeysOnTopic() {
    }

    static String issue(KafkaTemplate<String, SpecificRecord> kafka, long accountId, String login) {
        String rawKey = ApiKeys.newKey(true);
        String hash = ApiKeys.hash(rawKey);
        kafka.send(Topics.ACCOUNTS_API_KEYS, hash, ApiKeyIssued.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setKeyHash(hash).setKeyPrefix(rawKey.substring(0, 12))
                .setAccountId(accountId).setAccountLogin(login).setMode(ApiKeyMode.LIVE).setLabel(null)
                .build()).join();
        return rawKey;
    }
}
