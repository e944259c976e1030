package com.voxhub.campaign.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.events.Topics;
import com.voxhub.events.campaign.CampaignChanged;
import com.voxhub.events.campaign.JobUnqueued;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seed 002's {@code POST /j/jobs/{id}/unqueue}: state 3 as the seed shows, JobUnqueued, campaign deactivation. */
class JobsUnqueueIT extends JobsApiTestSupport {

    @Test
    void shouldUnqueueAJobAsTheSeedShowsAndDeactivateTheCampaignWithItsLastActiveJob() {
        long campaign = createCampaign(apiKey, "voice");
        long first = createJob(apiKey, campaign, "a");
        long second = createJob(apiKey, campaign, "b");

        Map<String, Object> unqueued = jobsPost("/j/jobs/" + first + "/unqueue", Map.of()).exchange()
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
        assertThat(unqueued).containsEntry("id", (int) first).containsEntry("state", 3).containsEntry("reference", "a");
        assertThat(campaignStatus(campaign)).as("another job is still active").isEqualTo("active");

        jobsPost("/j/jobs/" + second + "/unqueue", Map.of()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo(3);

        assertThat(campaignStatus(campaign)).isEqualTo("deactivated");
        assertThat(awaitRecords(Topics.CAMPAIGN_JOBS, campaign, r -> r instanceof JobUnqueued, 2))
                .extracting(r -> ((JobUnqueued) r).getJobId()).containsExactlyInAnyOrder(first, second);
        CampaignChanged deactivated = (CampaignChanged) awaitRecords(Topics.CAMPAIGN_CAMPAIGNS, campaign,
                r -> ((CampaignChanged) r).getStatus().name().equals("DEACTIVATED"), 1).get(0);
        assertThat(deactivated.getVersion()).isEqualTo(2);
    }

    @Test
    void shouldBringADeactivatedCampaignBackWhenAJobArrives() {
        long campaign = createCampaign(apiKey, "sms");
        long only = createJob(apiKey, campaign, "only");
        jobsPost("/j/jobs/" + only + "/unqueue", Map.of()).exchange().expectStatus().isOk();
        assertThat(campaignStatus(campaign)).isEqualTo("deactivated");

        createJob(apiKey, campaign, "new");

        assertThat(campaignStatus(campaign)).isEqualTo("active");
    }

    @Test
    void shouldLeaveAFinishedJobAsItIsAndAnswer404ForAnUnknownOne() {
        long campaign = createCampaign(apiKey, "sms");
        long job = createJob(apiKey, campaign, "done");
        jdbc.sql("update job set state = 2 where id = ?").param(job).update();

        jobsPost("/j/jobs/" + job + "/unqueue", Map.of()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo(2);
        jobsPost("/j/jobs/987654321/unqueue", Map.of()).exchange().expectStatus().isNotFound()
                .expectBody().json("{\"detail\":\"Not found.\"}");
    }
}
