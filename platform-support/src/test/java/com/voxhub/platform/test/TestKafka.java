package com.voxhub.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Embedded KRaft Kafka for tests, without {@code @EmbeddedKafka}: one shared broker per JVM, plus brokers behind a
 * {@link TcpProxy} for tests that take Kafka away and bring it back.
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
            shared = start();
            EmbeddedKafkaKraftBroker started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "embedded-kafka-stop"));
        }
        return shared;
    }

    /** A new single-node broker on a free port; the caller destroys it. */
    public static EmbeddedKafkaKraftBroker start() {
        return start(null);
    }

    /**
     * A new broker reached only through {@code proxy}: it advertises the proxy's port, so clients bootstrapped
     * with {@code localhost:<proxy port>} send everything through the proxy, and {@link TcpProxy#cut()} is a Kafka
     * outage that keeps the broker's data. (A fixed listener port does not work: the KRaft test kit pre-binds
     * its ports, and {@code kafkaPorts(..)} is ignored in KRaft mode.)
     */
    public static EmbeddedKafkaKraftBroker startBehind(TcpProxy proxy) {
        proxy.restore(); // listening already: the broker's own start-up checks go through the advertised port
        EmbeddedKafkaKraftBroker broker = start(proxy);
        proxy.forwardTo(brokerPort(broker));
        return broker;
    }

    private static EmbeddedKafkaKraftBroker start(TcpProxy proxy) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("num.partitions", "3");
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        if (proxy != null) {
            broker.brokerProperty("advertised.listeners", "EXTERNAL://localhost:" + proxy.port());
        }
        broker.afterPropertiesSet();
        return broker;
    }

    private static int brokerPort(EmbeddedKafkaKraftBroker broker) {
        String first = broker.getCluster().bootstrapServers().split(",")[0];
        return Integer.parseInt(first.substring(first.lastIndexOf(':') + 1));
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
