package com.voxhub.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void shouldListEveryTopicOfTheDesignWithItsCompaction() {
        assertThat(Topics.all()).extracting(TopicDescriptor::name, TopicDescriptor::compacted).containsExactly(
                tuple("accounts.api-keys", true),
                tuple("campaign.campaigns", true),
                tuple("campaign.jobs", false),
                tuple("dialer.call-events", false),
                tuple("messaging.message-events", false),
                tuple("messaging.consent", true),
                tuple("provider.events", false),
                tuple("provider.raw-callbacks", false),
                tuple("inbound.replies", false));
    }

    @Test
    void shouldNameTheDeadLetterTopicAfterTheTopic() {
        assertThat(Topics.deadLetter(Topics.CAMPAIGN_JOBS)).isEqualTo("campaign.jobs.DLT");
        assertThat(Topics.find(Topics.PROVIDER_EVENTS).orElseThrow().deadLetter()).isEqualTo("provider.events.DLT");
    }

    @Test
    void shouldFindNoDescriptorForAnUnknownTopic() {
        assertThat(Topics.find("campaign.jobs.DLT")).isEmpty();
    }
}
