import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

/**
 * deploy/check-compose-consistency: docker-compose.yml and the Dockerfiles cannot run on these machines,
 * so this keeps them in step with what bin/up runs. Reads, on stdin, what bin/up does (from
 * deploy/local/lib.sh), one line per fact:
 * <pre>
 * service NAME PORT DB|-        a service bin/up starts
 * env NAME VAR                  a variable bin/up passes to it
 * javaopts OPTS...              the services' JVM flags
 * database NAME                 a database bin/up creates
 * kafka VERSION / postgres MAJOR
 * </pre>
 * and checks compose, the Dockerfiles, deploy/postgres/init.sql and each module's application.yml port.
 * SnakeYAML comes with the Kafka jars in .local/lib/kafka.
 */
public final class ComposeCheck {

    private final Path root;
    private final List<String> problems = new ArrayList<>();
    private int checks;

    private ComposeCheck(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws IOException {
        ComposeCheck check = new ComposeCheck(Path.of(args[0]));
        check.run(new BufferedReader(new InputStreamReader(System.in)));
        check.problems.forEach(p -> System.out.println("MISMATCH " + p));
        System.out.println(check.checks + " checks, " + check.problems.size() + " mismatches");
        System.exit(check.problems.isEmpty() ? 0 : 1);
    }

    @SuppressWarnings("unchecked")
    private void run(BufferedReader facts) throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        String initSql = Files.readString(root.resolve("deploy/postgres/init.sql"));
        String line;
        while ((line = facts.readLine()) != null) {
            String[] f = line.split(" ", 3);
            switch (f[0]) {
                case "service" -> checkService(services, f[1], f[2].split(" ")[0], f[2].split(" ")[1]);
                case "env" -> {
                    Map<String, Object> env = env(services, f[1]);
                    expect(env.containsKey(f[2]), f[1] + ": compose does not set " + f[2] + " (bin/up does)");
                }
                case "javaopts" -> {
                    for (String name : services.keySet()) {
                        Object build = ((Map<String, Object>) services.get(name)).get("build");
                        if (build != null) {
                            expect(f.length > 1 && (f[1] + (f.length > 2 ? " " + f[2] : "")).equals(env(services, name).get("JAVA_OPTS")),
                                    name + ": JAVA_OPTS differ from bin/up's SERVICE_JAVA_OPTS");
                        }
                    }
                }
                case "database" -> expect(Pattern.compile("(?i)CREATE DATABASE " + f[1] + ";").matcher(initSql).find(),
                        "deploy/postgres/init.sql does not create database " + f[1]);
                case "kafka" -> expect(("apache/kafka:" + f[1]).equals(image(services, "kafka")),
                        "kafka image is " + image(services, "kafka") + ", bin/up runs Kafka " + f[1]);
                case "postgres" -> expect(("postgres:" + f[1]).equals(image(services, "postgres")),
                        "postgres image is " + image(services, "postgres") + ", bin/up runs PostgreSQL " + f[1]);
                default -> throw new IllegalArgumentException("unknown fact: " + line);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void checkService(Map<String, Object> services, String name, String port, String db) throws IOException {
        Map<String, Object> svc = (Map<String, Object>) services.get(name);
        if (!expect(svc != null, "compose has no service " + name)) {
            return;
        }
        expect(("./" + name).equals(svc.get("build")), name + ": build context is not ./" + name);
        expect(String.valueOf(svc.get("ports")).contains(port + ":" + port), name + ": port " + port + " not published");
        Map<String, Object> env = env(services, name);
        expect(port.equals(String.valueOf(env.get("SERVER_PORT"))), name + ": SERVER_PORT is not " + port);
        if (!db.equals("-")) {
            expect(String.valueOf(env.get("SPRING_DATASOURCE_URL")).endsWith("/" + db),
                    name + ": SPRING_DATASOURCE_URL does not name database " + db);
            Map<String, Object> deps = (Map<String, Object>) svc.get("depends_on");
            expect(deps != null && String.valueOf(deps.get("postgres")).contains("service_healthy")
                            && String.valueOf(deps.get("kafka")).contains("service_healthy"),
                    name + ": not health-gated on kafka and postgres");
        }
        Path dockerfile = root.resolve(name).resolve("Dockerfile");
        if (expect(Files.exists(dockerfile), name + "/Dockerfile missing")) {
            String d = Files.readString(dockerfile);
            expect(d.contains("FROM eclipse-temurin:17-jre"), name + "/Dockerfile: not eclipse-temurin:17-jre");
            expect(d.contains("target/" + name + "-0.1.0-SNAPSHOT-exec.jar"), name + "/Dockerfile: does not copy the -exec jar");
            expect(d.contains("EXPOSE " + port), name + "/Dockerfile: does not EXPOSE " + port);
            expect(d.contains("SERVER_PORT=" + port), name + "/Dockerfile: SERVER_PORT is not " + port);
            expect(d.contains("\nUSER ") && d.contains("HEALTHCHECK"), name + "/Dockerfile: needs USER and HEALTHCHECK");
        }
        Path yml = root.resolve(name).resolve("src/main/resources/application.yml");
        if (Files.exists(yml)) {
            Matcher m = Pattern.compile("(?m)^server:\\s*\\n(?:[ \\t]+.*\\n)*?[ \\t]+port:\\s*(?:\\$\\{SERVER_PORT:)?(\\d+)")
                    .matcher(Files.readString(yml));
            expect(m.find() && m.group(1).equals(port), name + ": application.yml's default server.port is not " + port);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> env(Map<String, Object> services, String name) {
        Map<String, Object> svc = (Map<String, Object>) services.get(name);
        Object env = svc == null ? null : svc.get("environment");
        return env instanceof Map ? (Map<String, Object>) env : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static String image(Map<String, Object> services, String name) {
        Map<String, Object> svc = (Map<String, Object>) services.get(name);
        return svc == null ? null : String.valueOf(svc.get("image"));
    }

    private boolean expect(boolean ok, String problem) {
        checks++;
        if (!ok) {
            problems.add(problem);
        }
        return ok;
    }
}
