package com.voxhub.platform.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One embedded PostgreSQL per JVM (real binaries, io.zonky.test), handing out databases by name.
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void database(DynamicPropertyRegistry registry) {
 *     TestPostgres.register(registry, TestPostgres.freshDatabase("campaign"));
 * }
 * }</pre>
 */
public final class TestPostgres {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** The server, started on first use and stopped when the JVM exits. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the data directory is temporary anyway
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    /** Creates a database with a name unique in this JVM ({@code prefix_1}, {@code prefix_2}, ...). */
    public static String freshDatabase(String prefix) {
        String name = prefix.toLowerCase().replaceAll("[^a-z0-9_]", "_") + "_" + SEQUENCE.incrementAndGet();
        return database(name);
    }

    /** Creates {@code name} unless it exists; returns it. */
    public static String database(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database names are lower-case identifiers: " + name);
        }
        if (CREATED.add(name)) {
            try (Connection connection = server().getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                boolean exists = statement.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + name + "'").next();
                if (!exists) {
                    statement.execute("CREATE DATABASE " + name);
                }
            } catch (SQLException e) {
                CREATED.remove(name);
                throw new IllegalStateException("cannot create database " + name, e);
            }
        }
        return name;
    }

    public static String jdbcUrl(String database) {
        return server().getJdbcUrl(USER, database);
    }

    public static DataSource dataSource(String database) {
        return server().getDatabase(USER, database);
    }

    /** Points {@code spring.datasource.*} at {@code database} (create it first). */
    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.datasource.url", () -> jdbcUrl(database));
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }
}
