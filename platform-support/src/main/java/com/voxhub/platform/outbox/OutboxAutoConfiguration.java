package com.voxhub.platform.outbox;

import com.voxhub.events.serde.AvroEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The transactional outbox ({@code voxhub.outbox.enabled}, default on) and its relay. */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        KafkaAutoConfiguration.class}, afterName = {
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass({JdbcClient.class, KafkaProducer.class, KafkaProperties.class})
@ConditionalOnBean({DataSource.class, PlatformTransactionManager.class})
@ConditionalOnProperty(prefix = "voxhub.outbox", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Outbox outbox(DataSource dataSource, ObjectProvider<TraceHeaders> traceHeaders,
                  ObjectProvider<OutboxRelay> relay) {
        return new JdbcOutbox(dataSource, new OutboxRepository(JdbcClient.create(dataSource)),
                new AvroEventSerializer(), traceHeaders.getIfAvailable(() -> TraceHeaders.NONE),
                () -> relay.ifAvailable(OutboxRelay::wake));
    }

    @Bean
    @ConditionalOnProperty(prefix = "voxhub.outbox", name = "relay-enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(DataSource dataSource, PlatformTransactionManager transactionManager,
                            KafkaProperties kafka, KafkaConnectionDetails connection, OutboxProperties properties,
                            ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> config = relayProducerConfig(kafka, connection, properties.deliveryTimeout());
        RelaySender sender = new RelaySender(() -> new KafkaProducer<>(config), properties.deliveryTimeout());
        return new OutboxRelay(new OutboxRepository(JdbcClient.create(dataSource)),
                new TransactionTemplate(transactionManager), sender, properties,
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /** The service's producer settings, with what the relay's guarantees depend on forced. */
    static Map<String, Object> relayProducerConfig(KafkaProperties kafka, KafkaConnectionDetails connection,
                                                  Duration deliveryTimeout) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getProducer().getBootstrapServers());
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        long delivery = deliveryTimeout.toMillis();
        long request = Math.min(30_000, delivery / 2);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) request);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) delivery);
        // send() blocks this long for metadata when the broker is unreachable; keep the relay responsive.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, request);
        return config;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tracer.class)
    static class TracingConfiguration {

        @Bean
        @ConditionalOnBean({Tracer.class, Propagator.class})
        @ConditionalOnMissingBean
        TraceHeaders outboxTraceHeaders(Tracer tracer, Propagator propagator) {
            return new MicrometerTraceHeaders(tracer, propagator);
        }
    }
}
