package com.voxhub.platform.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Kafka wiring settings ({@code voxhub.kafka.*}); broker address and client tuning stay under {@code spring.kafka.*}.
 *
 * @param enabled           whether the template, consumer factory, listener factory and error handler are created
 * @param createTopics      whether every catalog topic and its {@code .DLT} is declared (created if missing)
 * @param partitions        partitions of created topics
 * @param replicationFactor replication factor of created topics
 * @param retry             listener retries before a record goes to its dead-letter topic
 * @param healthTimeout     how long the readiness check waits for the cluster to answer
 */
@ConfigurationProperties("voxhub.kafka")
public record VoxhubKafkaProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("true") boolean createTopics,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue Retry retry,
        @DefaultValue("2s") Duration healthTimeout) {

    /**
     * Exponential back-off of a failing listener. Deserialization failures are never retried.
     *
     * @param attempts        retries after the first failure
     * @param initialInterval pause before the first retry
     * @param multiplier      growth of the pause
     * @param maxInterval     longest pause
     */
    public record Retry(
            @DefaultValue("3") int attempts,
            @DefaultValue("200ms") Duration initialInterval,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("2s") Duration maxInterval) {
    }
}
