package com.voxhub.platform;

import com.voxhub.platform.test.TestPostgres;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** A fresh database with the platform tables, for tests that need no Spring context. */
public final class Migrated {

    private Migrated() {
    }

    public static DataSource freshDatabase(String prefix) {
        DataSource dataSource = TestPostgres.dataSource(TestPostgres.freshDatabase(prefix));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        return dataSource;
    }
}
