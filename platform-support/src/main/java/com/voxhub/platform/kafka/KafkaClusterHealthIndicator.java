package com.voxhub.platform.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Readiness of the Kafka cluster (contributor {@code kafka}): UP when the cluster answers a describe-cluster
 * call within the timeout. Producers and listeners of a service share this one cluster, so its reachability is
 * what decides whether the service can take traffic.
 */
class KafkaClusterHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final KafkaAdmin admin;
    private final Duration timeout;
    private AdminClient client;

    KafkaClusterHealthIndicator(KafkaAdmin admin, Duration timeout) {
        super("Kafka health check failed");
        this.admin = admin;
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var cluster = client().describeCluster(
                new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
        String clusterId = cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Collection<Node> nodes = cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        builder.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes.size());
    }

    private synchronized AdminClient client() {
        if (client == null) {
            client = AdminClient.create(admin.getConfigurationProperties());
        }
        return client;
    }

    @Override
    public synchronized void destroy() {
        if (client != null) {
            client.close(Duration.ofSeconds(1));
        }
    }
}
