package org.huzhu.web.startup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** The batch runtime's look-up of its tables, as Payara makes it: by metadata, schema PUBLIC, upper-case names. */
class BatchTablesOnH2Test {

    private static Connection evaluationDatabase(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
    }

    private static boolean batchRuntimeFinds(Connection db, String table) throws SQLException {
        try (ResultSet tables = db.getMetaData().getTables(null, "PUBLIC", table.toUpperCase(java.util.Locale.ROOT), null)) {
            return tables.next();
        }
    }

    @Test
    void aRestartedEvaluationDatabaseShowsTheBatchRuntimeTheTablesItCreatedBefore() throws SQLException {
        try (Connection db = evaluationDatabase("restarted"); Statement statement = db.createStatement()) {
            for (String table : ApplicationStartup.BATCH_TABLES) {
                statement.execute("create table " + table.toUpperCase(java.util.Locale.ROOT) + " (id bigint)");
                assertFalse(batchRuntimeFinds(db, table), "without the mark it would create " + table + " again, and fail");
            }
            ApplicationStartup.markBatchTablesForTheBatchRuntime(statement);
            ApplicationStartup.markBatchTablesForTheBatchRuntime(statement); // every start
            for (String table : ApplicationStartup.BATCH_TABLES) {
                assertTrue(batchRuntimeFinds(db, table), table);
            }
            statement.execute("insert into JBATCHJOBINSTANCEDATA values (7)");
            try (ResultSet read = statement.executeQuery("select id from PUBLIC.JBATCHJOBINSTANCEDATA")) {
                assertTrue(read.next() && read.getLong(1) == 7, "its statements still read the tables themselves");
            }
        }
    }

    @Test
    void aFreshEvaluationDatabaseLetsTheBatchRuntimeCreateItsTables() throws SQLException {
        try (Connection db = evaluationDatabase("fresh"); Statement statement = db.createStatement()) {
            ApplicationStartup.markBatchTablesForTheBatchRuntime(statement);
            for (String table : ApplicationStartup.BATCH_TABLES) {
                assertFalse(batchRuntimeFinds(db, table), table);
            }
        }
    }
}
