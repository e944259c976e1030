package com.voxhub.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Embedded KRaft Kafka for tests, without {@code @EmbeddedKafka}: one shared broker per JVM, plus brokers on a
 * chosen port for tests that stop and restart Kafka.
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void kafka(DynamicPropertyRegistry registry) {
 *     TestKafka.register(registry);
 * }
 * }</pre>
 */
public final class TestKafka {

    private static EmbeddedKafkaKraftBroker shared;

    private TestKafka() {
    }

    /** The broker shared by every test of this JVM, started on first use. Topics are created on demand. */
    public static synchronized EmbeddedKafkaKraftBroker shared() {
        if (shared == null) {
            shared = start(0);
            EmbeddedKafkaKraftBroker started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "embedded-kafka-stop"));
        }
        return shared;
    }

    /**
     * A new single-node broker listening on {@code port} (0: any free port). The caller destroys it; a broker
     * started again on the same port after {@code destroy()} is a fresh, empty cluster.
     */
    public static EmbeddedKafkaKraftBroker start(int port) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        if (port > 0) {
            broker.kafkaPorts(port);
        }
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("num.partitions", "3");
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
        return broker;
    }

    /** Points {@code spring.kafka.bootstrap-servers} at the shared broker. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> shared().getBrokersAsString());
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
