package com.voxhub.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voxhub.events.Topics;
import com.voxhub.events.accounts.ApiKeyIssued;
import com.voxhub.events.accounts.ApiKeyMode;
import com.voxhub.events.accounts.ApiKeyRevoked;
import com.voxhub.platform.PlatformTestApplication;
import com.voxhub.platform.test.TestKafka;
import com.voxhub.platform.test.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = PlatformTestApplication.class, properties = {
        "spring.application.name=api-key-updater-it",
        "spring.flyway.locations=classpath:db/platform"})
class ApiKeyDirectoryUpdaterIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, TestPostgres.freshDatabase("updater"));
        TestKafka.register(registry);
    }

    @Autowired KafkaTemplate<String, SpecificRecord> template;
    @Autowired ApiKeyDirectory directory;

    @Test
    void shouldAcceptAKeyIssuedOnTheTopicAndRejectItOnceRevoked() {
        String rawKey = ApiKeys.newKey(true);
        String hash = ApiKeys.hash(rawKey);

        template.send(Topics.ACCOUNTS_API_KEYS, hash, ApiKeyIssued.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setKeyHash(hash).setKeyPrefix(rawKey.substring(0, 12))
                .setAccountId(7).setAccountLogin("acme").setMode(ApiKeyMode.LIVE).setLabel(null)
                .build());
        await().atMost(Duration.ofSeconds(20)).until(() -> directory.authenticate(rawKey).isPresent());
        assertThat(directory.authenticate(rawKey)).contains(new AccountPrincipal(7, "acme"));

        template.send(Topics.ACCOUNTS_API_KEYS, hash, ApiKeyRevoked.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setKeyHash(hash).setAccountId(7)
                .build());
        await().atMost(Duration.ofSeconds(20)).until(() -> directory.authenticate(rawKey).isEmpty());
    }
}
