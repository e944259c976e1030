package com.voxhub.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service started from its -exec.jar as a separate JVM, as bin/up and a deployment run it. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private Process process;

    private ServiceProcess(String name, int port, Path log) {
        this.name = name;
        this.port = port;
        this.log = log;
    }

    static ServiceProcess start(String module, int port, Path logDir, Map<String, String> properties) throws IOException {
        Path jar = Path.of(System.getProperty("voxhub.repo", ".."), module, "target",
                module + "-" + System.getProperty("voxhub.version", "0.1.0-SNAPSHOT") + "-exec.jar").normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the build (./mvnw verify) from the repository root");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-jar", jar.toString(), "--server.port=" + port));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        Path log = logDir.resolve(module + ".log");
        ServiceProcess service = new ServiceProcess(module, port, log);
        service.process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return service;
    }

    String url() {
        return "http://localhost:" + port;
    }

    void awaitHealthy(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "\n" + tail());
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not healthy after " + timeout + "\n" + tail());
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
