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
    void withSeveralInstancesOnlyTheExecutionsOfDeadInstancesAreFailed() throws Exception {
        JdbcDataSource dataSource = repository("cluster");
        long now = JVM_START.plusSeconds(3600).toEpochMilli();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create schema platform");
            statement.execute("create table platform.instance_lease (instance_id varchar(64) primary key, host varchar(255), started_ms bigint, renewed_ms bigint)");
            statement.execute("create table platform.job_execution_owner (execution_id bigint primary key, instance_id varchar(64), claimed_ms bigint)");
            statement.execute("insert into platform.instance_lease values ('dead', 'h', " + JVM_START.minusSeconds(7200).toEpochMilli() + ", "
                    + (now - 600_000) + "), ('live', 'h', " + JVM_START.minusSeconds(7200).toEpochMilli() + ", " + now + ")");
            statement.execute("insert into platform.job_execution_owner values (1, 'dead', 0), (3, 'live', 0), (4, 'gone', 0)");
        }
        // 1: the dead instance's; 3: a live instance's, older than this JVM; 4: an instance whose lease was forgotten
        // 5: another job; 2 completed. Nothing recorded without an owner before the oldest live start (two hours before).
        List<Long> failed = OrphanedExecutions.failOfDeadInstances(dataSource, "premium-earning", JVM_START.minusSeconds(7200), now - 45_000);
        assertEquals(List.of(1L, 4L), failed, "a live instance's execution is left running whichever instance asks");
        assertEquals("FAILED|COMPLETED|STOPPING|FAILED|STARTED", statuses(dataSource,
                "select batchstatus from jbatchexecutioninstancedata order by jobexecid"));
        assertEquals(List.of(5L), OrphanedExecutions.failOfDeadInstances(dataSource, "monthly-report", JVM_START, now - 45_000),
                "no owner recorded, created before the oldest live instance started");
    }

    @Test
    void instancesRecoveringAtOnceFailEachExecutionForExactlyOneOfThem() throws Exception {
        // the instance that failed an execution is the one that takes its job over: two must never both think they did
        for (int round = 0; round < 20; round++) {
            JdbcDataSource dataSource = repository("race" + round);
            int callers = 6;
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(callers);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
            try {
                List<java.util.concurrent.Future<List<Long>>> results = new java.util.ArrayList<>();
                for (int i = 0; i < callers; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return OrphanedExecutions.fail(dataSource, "premium-earning", JVM_START);
                    }));
                }
                List<Long> all = new java.util.ArrayList<>();
                for (var result : results) {
                    all.addAll(result.get());
                }
                all.sort(null);
                assertEquals(List.of(1L, 3L), all, "round " + round + ": each orphan failed by one caller");
            } finally {
                pool.shutdownNow();
            }
        }
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
