package com.voxhub.platform.kafka;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/** The {@code kafka} health contributor the readiness group includes ({@code management.health.kafka.enabled}). */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, KafkaAdmin.class})
@ConditionalOnBean(KafkaAdmin.class)
@ConditionalOnProperty(prefix = "management.health.kafka", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(VoxhubKafkaProperties.class)
public class KafkaHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    HealthIndicator kafkaHealthIndicator(KafkaAdmin admin, VoxhubKafkaProperties properties) {
        return new KafkaClusterHealthIndicator(admin, properties.healthTimeout());
    }
}
