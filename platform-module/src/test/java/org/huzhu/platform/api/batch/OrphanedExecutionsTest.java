package org.huzhu.platform.api.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The job repository as Payara's batch runtime lays it out (the columns that matter here), on H2 in PostgreSQL mode. */
class OrphanedExecutionsTest {

    private static final Instant JVM_START = Instant.parse("2026-08-01T02:00:00Z");
    private static final Timestamp BEFORE = Timestamp.from(JVM_START.minusSeconds(600));
    private static final Timestamp AFTER = Timestamp.from(JVM_START.plusSeconds(600));

    @Test
    void executionsLeftRunningByAServerThatDiedAreFailedWithTheirSteps() throws Exception {
        JdbcDataSource dataSource = repository("orphans");
        List<Long> failed = OrphanedExecutions.fail(dataSource, "premium-earning", JVM_START);
        assertEquals(List.of(1L, 3L), failed, "started and stopping before this JVM; not the completed one, nor the one started since");
        assertEquals("FAILED ORPHANED|COMPLETED COMPLETED|FAILED ORPHANED|STARTED null|STARTED null", statuses(dataSource,
                "select batchstatus || ' ' || coalesce(exitstatus, 'null') from jbatchexecutioninstancedata order by jobexecid"));
        assertEquals("FAILED|COMPLETED|FAILED|STARTED|STARTED", statuses(dataSource,
                "select batchstatus from jbatchstepexecutioninstancedata order by stepexecid"));
        assertTrue(OrphanedExecutions.fail(dataSource, "premium-earning", JVM_START).isEmpty(), "once");
    }

    @Test
    void anotherJobsExecutionsAreLeftToItsOwnModule() throws Exception {
        JdbcDataSource dataSource = repository("others");
        assertEquals(List.of(5L), OrphanedExecutions.fail(dataSource, "monthly-report", JVM_START));
        assertEquals("STARTED", statuses(dataSource, "select batchstatus from jbatchexecutioninstancedata where jobexecid = 1"));
    }

    @Test
    void beforeTheBatchRuntimeFirstRanThereIsNothingToDo() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:empty;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        assertTrue(OrphanedExecutions.fail(dataSource, "premium-earning", JVM_START).isEmpty());
    }

    private static JdbcDataSource repository(String name) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table JBATCHJOBINSTANCEDATA (jobinstanceid integer primary key, name varchar(512), apptag varchar(512))");
            statement.execute("create table JBATCHEXECUTIONINSTANCEDATA (jobexecid integer primary key, jobinstanceid bigint, createtime timestamp, "
                    + "starttime timestamp, endtime timestamp, updatetime timestamp, batchstatus varchar(512), exitstatus varchar(512))");
            statement.execute("create table JBATCHSTEPEXECUTIONINSTANCEDATA (stepexecid integer primary key, jobexecid bigint, batchstatus varchar(512), "
                    + "exitstatus varchar(512), stepname varchar(512), starttime timestamp, endtime timestamp)");
            statement.execute("insert into JBATCHJOBINSTANCEDATA values (1, 'premium-earning', 'a'), (2, 'premium-earning', 'a'), "
                    + "(3, 'monthly-report', 'a')");
            Object[][] executions = {
                    {1, 1, BEFORE, "STARTED", null},
                    {2, 2, BEFORE, "COMPLETED", "COMPLETED"},
                    {3, 2, BEFORE, "STOPPING", null},
                    {4, 1, AFTER, "STARTED", null},
                    {5, 3, BEFORE, "STARTED", null}};
            for (Object[] execution : executions) {
                try (var insert = connection.prepareStatement("insert into JBATCHEXECUTIONINSTANCEDATA (jobexecid, jobinstanceid, createtime, starttime, "
                        + "batchstatus, exitstatus) values (?, ?, ?, ?, ?, ?)");
                     var step = connection.prepareStatement("insert into JBATCHSTEPEXECUTIONINSTANCEDATA (stepexecid, jobexecid, batchstatus, stepname) "
                             + "values (?, ?, ?, 'ranges')")) {
                    insert.setObject(1, execution[0]);
                    insert.setObject(2, execution[1]);
                    insert.setTimestamp(3, (Timestamp) execution[2]);
                    insert.setTimestamp(4, (Timestamp) execution[2]);
                    insert.setObject(5, execution[3]);
                    insert.setObject(6, execution[4]);
                    insert.executeUpdate();
                    step.setObject(1, execution[0]);
                    step.setObject(2, execution[0]);
                    step.setObject(3, "STOPPING".equals(execution[3]) ? "STARTED" : execution[3]);
                    step.executeUpdate();
                }
            }
        }
        return dataSource;
    }

    private static String statuses(JdbcDataSource dataSource, String sql) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                text.append(text.isEmpty() ? "" : "|").append(rows.getString(1));
            }
        }
        return text.toString();
    }
}
