import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterResult;

/**
 * Health checks and a psql stand-in for the local stack. The zonky PostgreSQL bundle ships only
 * initdb, pg_ctl and postgres (no psql, no pg_isready), and a Kafka metadata request needs a client,
 * so bin/up, bin/status and bin/sql use this one small program (compiled once into .local/lib/tools).
 *
 * <pre>
 * pg-ready     HOST PORT USER PASSWORD            exit 0 when "select 1" answers on database postgres
 * pg-ensure-db HOST PORT USER PASSWORD DB...      create the databases that do not exist yet
 * sql          HOST PORT USER PASSWORD DB SQL     run one statement, print rows tab-separated
 * kafka-ready  BOOTSTRAP                          exit 0 when the cluster answers a metadata request
 * </pre>
 */
public final class LocalCheck {

    private LocalCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        int status = switch (args[0]) {
            case "pg-ready" -> pgReady(args);
            case "pg-ensure-db" -> pgEnsureDatabases(args);
            case "sql" -> sql(args);
            case "kafka-ready" -> kafkaReady(args);
            default -> usage();
        };
        System.exit(status);
    }

    private static int usage() {
        System.err.println("usage: LocalCheck pg-ready|pg-ensure-db|sql|kafka-ready ... (see the class comment)");
        System.exit(2);
        return 2;
    }

    private static Connection connect(String[] args, String database) throws SQLException {
        String url = "jdbc:postgresql://" + args[1] + ":" + args[2] + "/" + database
                + "?connectTimeout=3&socketTimeout=30&ApplicationName=voxhub-local";
        return DriverManager.getConnection(url, args[3], args[4]);
    }

    private static int pgReady(String[] args) {
        try (Connection c = connect(args, "postgres"); Statement s = c.createStatement()) {
            s.execute("select 1");
            return 0;
        } catch (SQLException e) {
            System.err.println("postgres not ready: " + e.getMessage());
            return 1;
        }
    }

    private static int pgEnsureDatabases(String[] args) throws SQLException {
        try (Connection c = connect(args, "postgres")) {
            for (int i = 5; i < args.length; i++) {
                String db = args[i];
                if (!db.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("not a plain database name: " + db);
                }
                boolean exists;
                try (var ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    ps.setString(1, db);
                    try (ResultSet rs = ps.executeQuery()) {
                        exists = rs.next();
                    }
                }
                if (!exists) {
                    try (Statement s = c.createStatement()) {
                        s.execute("create database " + db);
                    }
                    System.out.println("created database " + db);
                }
            }
        }
        return 0;
    }

    private static int sql(String[] args) throws SQLException {
        if (args.length < 7) {
            return usage();
        }
        try (Connection c = connect(args, args[5]); Statement s = c.createStatement()) {
            boolean hasRows = s.execute(args[6]);
            if (!hasRows) {
                System.out.println(s.getUpdateCount() + " row(s) affected");
                return 0;
            }
            try (ResultSet rs = s.getResultSet()) {
                ResultSetMetaData md = rs.getMetaData();
                StringBuilder header = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    header.append(i > 1 ? "\t" : "").append(md.getColumnLabel(i));
                }
                System.out.println(header);
                int rows = 0;
                while (rs.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        line.append(i > 1 ? "\t" : "").append(rs.getString(i));
                    }
                    System.out.println(line);
                    rows++;
                }
                System.out.println("(" + rows + " row" + (rows == 1 ? "" : "s") + ")");
            }
        }
        return 0;
    }

    private static int kafkaReady(String[] args) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[1],
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin admin = Admin.create(config)) {
            DescribeClusterResult cluster = admin.describeCluster();
            String id = cluster.clusterId().get(5, TimeUnit.SECONDS);
            int nodes = cluster.nodes().get(5, TimeUnit.SECONDS).size();
            System.out.println("kafka cluster " + id + ", " + nodes + " broker(s)");
            return nodes > 0 ? 0 : 1;
        } catch (Exception e) {
            System.err.println("kafka not ready: " + e);
            return 1;
        }
    }
}
