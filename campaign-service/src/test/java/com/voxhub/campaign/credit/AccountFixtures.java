package com.voxhub.campaign.credit;

import java.time.Duration;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Accounts, keys, credit and campaigns through the operator and native APIs: where the credit, sourcing and VMS tests start. */
public final class AccountFixtures {

    public static final String ADMIN = "test-admin";
    public static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    private final WebTestClient http;

    public AccountFixtures(int port) {
        this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    /**
     * Other test classes of the JVM run their own database against the same embedded broker: ids starting at 1
     * would match theirs on the topics, so this database's ids start at a random point above a billion.
     */
    public static void startIdsFarFromOtherContexts(org.springframework.jdbc.core.simple.JdbcClient jdbc, long base) {
        for (String sequence : java.util.List.of("account_id_seq", "campaign_id_seq", "job_id_seq")) {
            jdbc.sql("select setval('" + sequence + "', greatest(?, (select last_value from " + sequence + ")))")
                    .param(base).query(Long.class).single();
        }
    }

    public static long randomBase() {
        return 1_000_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }

    public WebTestClient http() {
        return http;
    }

    public record TestAccount(long id, String login, String key) {
    }

    public TestAccount account(String login) {
        Map<String, Object> account = http.post().uri("/api/v1/accounts").header("X-Admin-Token", ADMIN)
                .bodyValue(Map.of("login", login, "name", login)).exchange().expectStatus().isCreated()
                .expectBody(JSON).returnResult().getResponseBody();
        long id = ((Number) account.get("id")).longValue();
        Map<String, Object> key = http.post().uri("/api/v1/accounts/" + id + "/api-keys").header("X-Admin-Token", ADMIN)
                .bodyValue(Map.of("label", "it")).exchange().expectStatus().isCreated()
                .expectBody(JSON).returnResult().getResponseBody();
        return new TestAccount(id, login, (String) key.get("key"));
    }

    public Map<String, Object> topUp(long accountId, long amountMinor) {
        return http.post().uri("/api/v1/accounts/" + accountId + "/credits").header("X-Admin-Token", ADMIN)
                .bodyValue(Map.of("amount_minor", amountMinor, "note", "test top-up")).exchange()
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
    }

    public long balanceMinor(long accountId) {
        Map<String, Object> balance = http.get().uri("/api/v1/accounts/" + accountId + "/credits")
                .header("X-Admin-Token", ADMIN).exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        return ((Number) balance.get("balance_minor")).longValue();
    }

    public long campaign(String key, Map<String, Object> fields) {
        Map<String, Object> campaign = http.post().uri("/api/v1/campaigns").header("X-API-Key", key).bodyValue(fields)
                .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        return ((Number) campaign.get("id")).longValue();
    }
}
