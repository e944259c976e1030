package com.voxhub.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voxhub.events.Topics;
import com.voxhub.events.campaign.CampaignChanged;
import com.voxhub.events.campaign.JobChanged;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.common.Channel;
import com.voxhub.events.dialer.JobDialingFinished;
import com.voxhub.campaign.job.JobsApiTestSupport;
import com.voxhub.platform.test.TestKafka;
import com.voxhub.platform.test.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

/** The seed-002 jobs surface over a real PostgreSQL and a real Kafka broker (shares the job tests' context, so ids never repeat on the shared broker). */
class JobsApiIT extends JobsApiTestSupport {

    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;

    @Test
    void shouldQueueAJobWithNormalizedNumbersAndAnnounceIt() {
        long campaign = createCampaign(apiKey, "sms");

        Map<String, Object> job = http.post().uri("/j/jobs").header("Authorization", "Bearer " + apiKey)
                .bodyValue(Map.of("campaign", campaign, "name", "Simon Dupont", "numbers", List.of("0612345678"),
                        "reference", "1234567", "data", Map.of("some_property", "some value"), "value", 123.45))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();

        assertThat(job).containsEntry("state", 0).containsEntry("campaign", (int) campaign)
                .containsEntry("numbers", List.of("+33612345678")).containsEntry("value", 123.45)
                .containsKeys("created_at", "address_lines", "postal_code", "appointment");
        long jobId = ((Number) job.get("id")).longValue();
        try (TopicReader reader = TopicReader.fromBeginning(TestKafka.shared().getBrokersAsString(), Topics.CAMPAIGN_JOBS)) {
            var records = reader.await(r -> r.key().equals(Long.toString(jobId)), 1, Duration.ofSeconds(10));
            JobQueued queued = (JobQueued) TopicReader.decode(records.get(0));
            assertThat(queued.getChannel()).isEqualTo(Channel.SMS);
            assertThat(queued.getNumbers()).containsExactly("+33612345678");
            assertThat(queued.getData()).containsEntry("some_property", "some value");
            assertThat(TopicReader.header(records.get(0), Topics.RECORD_TYPE_HEADER)).isEqualTo(JobQueued.getClassSchema().getFullName());
        }
    }

    @Test
    void shouldAnnounceANewActiveCampaignAsASnapshot() {
        long campaign = createCampaign(apiKey, "voice");
        try (TopicReader reader = TopicReader.fromBeginning(TestKafka.shared().getBrokersAsString(), Topics.CAMPAIGN_CAMPAIGNS)) {
            var records = reader.await(r -> r.key().equals(Long.toString(campaign)), 1, Duration.ofSeconds(10));
            CampaignChanged snapshot = (CampaignChanged) TopicReader.decode(records.get(0));
            assertThat(snapshot.getChannel()).isEqualTo(Channel.VOICE);
            assertThat(snapshot.getStatus().name()).isEqualTo("ACTIVE");
            assertThat(snapshot.getCountry()).isEqualTo("FR");
        }
    }

    @Test
    void shouldRejectAnInvalidNumberFieldByFieldAndStoreNothing() {
        long campaign = createCampaign(apiKey, "sms");

        http.post().uri("/j/jobs").header("Authorization", "Bearer " + apiKey)
                .bodyValue(Map.of("campaign", campaign, "numbers", List.of("not a number")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.numbers[0]").isEqualTo("Enter a valid phone number.");

        http.get().uri("/j/jobs?campaign=" + campaign).header("Authorization", "Bearer " + apiKey)
                .exchange().expectStatus().isOk().expectBody().json("[]");
    }

    @Test
    void shouldRefuseAMissingOrWrongTokenWith403AsTheSeedSays() {
        http.get().uri("/j/jobs/1").exchange().expectStatus().isForbidden().expectBody().jsonPath("$.detail").exists();
        http.get().uri("/j/jobs/1").header("Authorization", "Bearer vh_live_nope").exchange().expectStatus().isForbidden();
    }

    @Test
    void shouldHideAnotherAccountsJobsAndCampaigns() {
        long campaign = createCampaign(apiKey, "sms");
        long jobId = createJob(apiKey, campaign, "r-1");
        String otherKey = newAccountKey("other-" + UUID.randomUUID().toString().substring(0, 8));

        http.get().uri("/j/jobs/" + jobId).header("Authorization", "Bearer " + otherKey).exchange().expectStatus().isNotFound();
        http.post().uri("/j/jobs").header("Authorization", "Bearer " + otherKey)
                .bodyValue(Map.of("campaign", campaign, "numbers", List.of("+33612345678")))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.campaign").exists();
        http.get().uri("/api/v1/campaigns/" + campaign).header("X-API-Key", otherKey).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.error.code").isEqualTo("campaign_not_found");
    }

    @Test
    void shouldRejectADuplicateReferenceWithinACampaign() {
        long campaign = createCampaign(apiKey, "sms");
        createJob(apiKey, campaign, "dup");

        http.post().uri("/j/jobs").header("Authorization", "Bearer " + apiKey)
                .bodyValue(Map.of("campaign", campaign, "reference", "dup", "numbers", List.of("+33612345678")))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.reference").exists();
    }

    @Test
    void shouldMoveTheJobToSucceededWhenTheDialerReportsItOnceEvenIfReportedTwice() {
        long campaign = createCampaign(apiKey, "voice");
        long jobId = createJob(apiKey, campaign, "call-me");
        JobDialingFinished finished = JobDialingFinished.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now()).setJobId(jobId).setCampaignId(campaign)
                .setAccountId(0L).setChannel(Channel.VOICE).setJobState(2).setContactStatus("Completed")
                .setOutcome("ANSWERED_HUMAN").setAttempts(1).build();

        kafka.send(Topics.DIALER_CALL_EVENTS, Long.toString(jobId), finished);
        kafka.send(Topics.DIALER_CALL_EVENTS, Long.toString(jobId), finished);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                http.get().uri("/j/jobs/" + jobId).header("Authorization", "Bearer " + apiKey).exchange()
                        .expectBody().jsonPath("$.state").isEqualTo(2));
        try (TopicReader reader = TopicReader.fromBeginning(TestKafka.shared().getBrokersAsString(), Topics.CAMPAIGN_JOBS)) {
            reader.await(r -> r.key().equals(Long.toString(jobId)) && TopicReader.decode(r) instanceof JobChanged, 1,
                    Duration.ofSeconds(10));
            assertThat(reader.poll(Duration.ofSeconds(1)).stream()
                    .filter(r -> r.key().equals(Long.toString(jobId)) && TopicReader.decode(r) instanceof JobChanged))
                    .as("a duplicate outcome changes the job once").hasSize(1);
        }
    }
}
