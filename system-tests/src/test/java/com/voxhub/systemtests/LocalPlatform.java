package com.voxhub.systemtests;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The whole platform for one test class: a real Kafka broker (embedded KRaft), a real PostgreSQL (embedded
 * binaries) with one database per service, a real SMTP server (GreenMail), the provider sandbox and the four
 * services as separate JVMs.
 */
final class LocalPlatform implements AutoCloseable {

    static final String ADMIN_TOKEN = "system-test-admin-token";
    static final String TWILIO_AUTH_TOKEN = "system-test-twilio-token";

    final EmbeddedKafkaKraftBroker kafka;
    final EmbeddedPostgres postgres;
    final GreenMail smtp;
    final ServiceProcess sandbox;
    final ServiceProcess webhook;
    final ServiceProcess messaging;
    final ServiceProcess dialer;
    final ServiceProcess campaign;
    private final List<ServiceProcess> started = new ArrayList<>();

    LocalPlatform() throws Exception {
        kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.afterPropertiesSet();
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String db : List.of("campaign", "dialer", "messaging", "webhook")) {
                s.execute("create database " + db);
            }
        }
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Path logs = Files.createDirectories(Path.of("target", "system-test-logs"));
        Path keyFile = Files.createTempDirectory("voxhub-keys").resolve("sendgrid-verification-key.txt");
        int sandboxPort = freePort();
        int webhookPort = freePort();
        int messagingPort = freePort();
        int dialerPort = freePort();
        int campaignPort = freePort();
        String sandboxUrl = "http://localhost:" + sandboxPort;
        String webhookUrl = "http://localhost:" + webhookPort;

        Map<String, String> common = new HashMap<>();
        common.put("spring.kafka.bootstrap-servers", kafka.getBrokersAsString());
        common.put("voxhub.twilio.base-url", sandboxUrl);
        common.put("voxhub.twilio.auth-token", TWILIO_AUTH_TOKEN);
        common.put("voxhub.sendgrid.base-url", sandboxUrl);
        common.put("voxhub.webhooks.public-base-url", webhookUrl);
        common.put("voxhub.dialer.public-base-url", "http://localhost:" + dialerPort);
        common.put("voxhub.webhooks.sendgrid.verification-key-file", keyFile.toString());
        common.put("spring.mail.host", "127.0.0.1");
        common.put("spring.mail.port", Integer.toString(smtp.getSmtp().getPort()));

        Map<String, String> sandboxProps = new HashMap<>(common);
        sandboxProps.put("voxhub.sandbox.sendgrid.verification-key-file", keyFile.toString());
        sandboxProps.put("voxhub.sandbox.sendgrid.event-webhook-url", webhookUrl + "/webhooks/sendgrid/events");
        sandbox = launch("provider-sandbox", sandboxPort, logs, sandboxProps);
        webhook = launch("webhook-ingest-service", webhookPort, logs, withDatabase(common, "webhook"));
        messaging = launch("messaging-service", messagingPort, logs, withDatabase(common, "messaging"));
        dialer = launch("dialer-service", dialerPort, logs, withDatabase(common, "dialer"));
        Map<String, String> campaignProps = withDatabase(common, "campaign");
        campaignProps.put("voxhub.admin.token", ADMIN_TOKEN);
        campaign = launch("campaign-service", campaignPort, logs, campaignProps);
        for (ServiceProcess service : started) {
            service.awaitHealthy(Duration.ofMinutes(3));
        }
    }

    private ServiceProcess launch(String module, int port, Path logs, Map<String, String> props) throws IOException {
        ServiceProcess process = ServiceProcess.start(module, port, logs, props);
        started.add(process);
        return process;
    }

    private Map<String, String> withDatabase(Map<String, String> common, String database) {
        Map<String, String> props = new HashMap<>(common);
        props.put("spring.datasource.url", postgres.getJdbcUrl("postgres", database));
        props.put("spring.datasource.username", "postgres");
        props.put("spring.datasource.password", "postgres");
        return props;
    }

    String logs() {
        StringBuilder all = new StringBuilder();
        for (ServiceProcess service : started) {
            all.append("\n===== ").append(service.url()).append(" =====\n").append(service.tail());
        }
        return all.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).stop();
        }
        postgres.close();
        smtp.stop();
        kafka.destroy();
    }
}
