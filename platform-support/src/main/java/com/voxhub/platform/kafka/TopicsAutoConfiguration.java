package com.voxhub.platform.kafka;

import com.voxhub.events.TopicDescriptor;
import com.voxhub.events.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares every catalog topic and its dead-letter topic, so whichever service starts first creates them
 * ({@code voxhub.kafka.create-topics}, default on). Boot's {@link KafkaAdmin} creates missing ones at startup.
 */
@AutoConfiguration
@ConditionalOnClass(KafkaAdmin.class)
@ConditionalOnProperty(prefix = "voxhub.kafka", name = "create-topics", matchIfMissing = true)
@EnableConfigurationProperties(VoxhubKafkaProperties.class)
public class TopicsAutoConfiguration {

    @Bean
    KafkaAdmin.NewTopics voxhubTopics(VoxhubKafkaProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (TopicDescriptor topic : Topics.all()) {
            TopicBuilder builder = TopicBuilder.name(topic.name())
                    .partitions(properties.partitions()).replicas(properties.replicationFactor());
            if (topic.compacted()) {
                builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            }
            topics.add(builder.build());
            // Dead letters are a log of failures, never compacted: every failed record stays.
            topics.add(TopicBuilder.name(topic.deadLetter())
                    .partitions(properties.partitions()).replicas(properties.replicationFactor()).build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
