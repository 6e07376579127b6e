package org.huzhu.platform.api.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.h2.jdbcx.JdbcDataSource;
import org.huzhu.platform.api.Jdbc;
import org.junit.jupiter.api.Test;

/** The occurrence of a schedule is claimed once whichever instance asks, on H2 in PostgreSQL mode with the real migration. */
class ScheduledRunsTest {

    @Test
    void theFirstInstanceToClaimAnOccurrenceRunsItAndNoOtherDoes() throws Exception {
        JdbcDataSource dataSource = ClusterTables.create("claims");
        assertTrue(ScheduledRuns.record(dataSource, "premium-lapse", "2026-08-01", "instance-a"));
        assertFalse(ScheduledRuns.record(dataSource, "premium-lapse", "2026-08-01", "instance-b"), "another instance, the same night");
        assertFalse(ScheduledRuns.record(dataSource, "premium-lapse", "2026-08-01", "instance-a"), "the same instance again");
        assertTrue(ScheduledRuns.record(dataSource, "premium-lapse", "2026-08-02", "instance-b"), "the next night");
        assertTrue(ScheduledRuns.record(dataSource, "monthly-report", "2026-08-01", "instance-b"), "another schedule");
        assertEquals("instance-a", Jdbc.queryOne(dataSource, "select instance_id from platform.schedule_run where schedule = ? and occurrence = ?",
                rs -> rs.getString(1), "premium-lapse", "2026-08-01").orElseThrow());
    }

    /** The platform's cluster tables as migration V70 creates them. */
    static final class ClusterTables {

        static JdbcDataSource create(String name) throws Exception {
            return create(name, "V70__cluster_leases.sql");
        }

        /** An H2 database (PostgreSQL mode) named {@code name} with the tables of one of platform's migrations. */
        static JdbcDataSource create(String name, String migrationFile) throws Exception {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
            String migration = Files.readString(Path.of("src/main/resources/db/migration/platform/" + migrationFile));
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("create schema if not exists platform");
                for (String sql : migration.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
            return dataSource;
        }

        private ClusterTables() {
        }
    }
}
