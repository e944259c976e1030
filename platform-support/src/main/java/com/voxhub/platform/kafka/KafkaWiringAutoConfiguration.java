package com.voxhub.platform.kafka;

import com.voxhub.events.Topics;
import com.voxhub.events.serde.AvroEventDeserializer;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/**
 * Typed Kafka beans for event records ({@code voxhub.kafka.enabled}, default on). Runs before Boot's Kafka
 * auto-configuration so Boot's untyped template and factories back off, while everything under
 * {@code spring.kafka.*} (bootstrap servers, client tuning, listener and observation settings) still applies.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@ConditionalOnClass({KafkaTemplate.class, KafkaProperties.class})
@ConditionalOnProperty(prefix = "voxhub.kafka", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties({KafkaProperties.class, VoxhubKafkaProperties.class})
public class KafkaWiringAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ProducerFactory.class)
    @SuppressWarnings({"unchecked", "rawtypes"})
    DefaultKafkaProducerFactory<String, SpecificRecord> kafkaProducerFactory(
            KafkaProperties kafka, KafkaConnectionDetails connection,
            ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getProducer().getBootstrapServers());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        // Raw bytes are accepted too: the dead-letter recoverer republishes undecodable values unchanged.
        DefaultKafkaProducerFactory<String, SpecificRecord> factory = new DefaultKafkaProducerFactory<>(config,
                new StringSerializer(), (Serializer) new EventValueSerializer());
        String transactionIdPrefix = kafka.getProducer().getTransactionIdPrefix();
        if (transactionIdPrefix != null) {
            factory.setTransactionIdPrefix(transactionIdPrefix);
        }
        customizers.orderedStream().forEach(customizer -> customizer.customize(factory));
        return factory;
    }

    @Bean
    @Primary
    @ConditionalOnMissingBean(KafkaTemplate.class)
    KafkaTemplate<String, SpecificRecord> kafkaTemplate(ProducerFactory<String, SpecificRecord> producerFactory,
                                                        KafkaProperties kafka) {
        KafkaTemplate<String, SpecificRecord> template = new KafkaTemplate<>(producerFactory);
        template.setObservationEnabled(kafka.getTemplate().isObservationEnabled());
        return template;
    }

    @Bean
    @ConditionalOnMissingBean(ConsumerFactory.class)
    DefaultKafkaConsumerFactory<String, SpecificRecord> kafkaConsumerFactory(
            KafkaProperties kafka, KafkaConnectionDetails connection) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getConsumer().getBootstrapServers());
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // A value that cannot be decoded becomes a DeserializationException the error handler dead-letters,
        // instead of an exception in poll() that would stop the partition.
        return new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(),
                new ErrorHandlingDeserializer<>(new AvroEventDeserializer()));
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, SpecificRecord> template,
                                          VoxhubKafkaProperties properties) {
        // Partition -1: the dead-letter topic need not have as many partitions as the source topic.
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        VoxhubKafkaProperties.Retry retry = properties.retry();
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.attempts());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        // DeserializationException is in the handler's default not-retryable list: it goes to the DLT at once.
        return new DefaultErrorHandler(recoverer, backOff);
    }

    @Bean
    @ConditionalOnMissingBean(name = "kafkaListenerContainerFactory")
    @SuppressWarnings({"unchecked", "rawtypes"})
    ConcurrentKafkaListenerContainerFactory<String, SpecificRecord> kafkaListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
            ConsumerFactory<String, SpecificRecord> consumerFactory, CommonErrorHandler errorHandler) {
        ConcurrentKafkaListenerContainerFactory<String, SpecificRecord> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        // Boot's configurer applies spring.kafka.listener.* (concurrency, ack mode, observation-enabled...).
        configurer.configure((ConcurrentKafkaListenerContainerFactory) factory, (ConsumerFactory) consumerFactory);
        factory.setCommonErrorHandler(errorHandler);
        return factory;
    }
}
