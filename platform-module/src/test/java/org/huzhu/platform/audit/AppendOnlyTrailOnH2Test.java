package org.huzhu.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** The evaluation database (H2 in PostgreSQL mode) with the platform's audit migrations: rows go in, and never change or leave. */
class AppendOnlyTrailOnH2Test {

    @Test
    void theAuditTrailAndTheReadLogRefuseUpdatesAndDeletes() throws Exception {
        try (Connection db = migrated("trail"); Statement statement = db.createStatement()) {
            statement.execute("insert into platform.audit_event (occurred_at, actor, action, object_type, object_id, after_state) "
                    + "values (current_timestamp, 'admin', 'UNIT_CREATED', 'UNIT', 'PD', '{\"code\":\"PD\"}')");
            statement.execute("insert into platform.read_log (read_at, reader, object_type, object_id) values (current_timestamp, 'officer', 'MEMBER', '1')");

            SQLException update = assertThrows(SQLException.class, () -> statement.execute("update platform.audit_event set actor = 'nobody'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> statement.execute("delete from platform.audit_event"));
            assertThrows(SQLException.class, () -> statement.execute("update platform.read_log set reader = 'nobody'"));
            assertThrows(SQLException.class, () -> statement.execute("delete from platform.read_log where object_type = 'MEMBER'"));

            assertEquals("admin", single(statement, "select actor from platform.audit_event"));
            assertEquals("officer", single(statement, "select reader from platform.read_log"));
        }
    }

    static Connection migrated(String name) throws Exception {
        Connection db = DriverManager.getConnection("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        try (Statement statement = db.createStatement()) {
            statement.execute("create schema platform");
            for (String file : new String[] {"migration/platform/V40__audit_trail.sql", "vendor/h2/platform/V41__append_only_audit.sql"}) {
                String sql = Files.readString(Path.of("src/main/resources/db", file), StandardCharsets.UTF_8);
                for (String part : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!part.isBlank()) {
                        statement.execute(part);
                    }
                }
            }
        }
        return db;
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
