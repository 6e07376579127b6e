package org.huzhu.systemtests.runnable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import org.huzhu.members.api.ResidentId;
import org.huzhu.systemtests.support.ApiClient;
import org.huzhu.systemtests.support.FreshDatabases;
import org.huzhu.systemtests.support.PaidUnit;
import org.huzhu.systemtests.support.RunnableJar;
import org.junit.jupiter.api.Test;

/**
 * The monthly report and the coverage look-ups read a read-only replica named by {@code HUZHU_DB_READ_URL}; everything
 * else stays on the main database. The "replica" is a copy of the main database taken with the server stopped and
 * changed afterwards (one member's enrolment lapsed in the copy only), so the figures show which database was read;
 * it is read by a role that may only read, so any write sent there would fail.
 */
class ReadReplicaIT {

    private static final String DATABASE = System.getProperty("huzhu.it.replica.db", "huzhu_rr_main");
    private static final String REPLICA = DATABASE + "_copy";
    private static final String READER = "huzhu_rr_reader";
    private static final int PORT = Integer.getInteger("huzhu.it.replica.port", 19384);
    private static final String ADMIN = "root-admin";
    private static final String ADMIN_PASSWORD = "bootstrap-secret-2026";
    private static final int MEMBERS = 6;
    /** PaidUnit's first member. */
    private static final String LAPSED_IN_COPY = "31011519700110101" + ResidentId.checkCharacter("31011519700110101");

    private final ApiClient api = new ApiClient(PORT);

    @Test
    void coverageAndTheMonthlyReportAreReadFromTheReplicaWhileEverythingElseIsWrittenToTheMainDatabase() throws Exception {
        FreshDatabases.recreate(DATABASE);
        Map<String, String> env = RunnableJar.productionEnvironment(DATABASE);
        env.put("HUZHU_ADMIN_USER", ADMIN);
        env.put("HUZHU_ADMIN_PASSWORD", ADMIN_PASSWORD);
        api.password(ADMIN, ADMIN_PASSWORD);
        Path folder = Path.of(System.getProperty("huzhu.workDir", "target/work"), "read-replica-" + System.currentTimeMillis());
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);

        try (RunnableJar first = RunnableJar.start(folder.resolve("first"), PORT, env)) {
            first.awaitReady(Duration.ofSeconds(180));
            PaidUnit.create(api, ADMIN, month.atDay(1), MEMBERS, "replica-");
            assertTrue(coverage().contains("\"status\":\"IN_FORCE\""), "without a replica the main database is read: " + coverage());
        }
        copyWithOneEnrolmentLapsed();

        env.put("HUZHU_DB_READ_URL", FreshDatabases.jdbcUrl(REPLICA));
        env.put("HUZHU_DB_READ_USER", READER);
        env.put("HUZHU_DB_READ_PASSWORD", "");
        try (RunnableJar second = RunnableJar.start(folder.resolve("second"), PORT, env)) {
            second.awaitReady(Duration.ofSeconds(180));
            try {
                String coverage = coverage();
                assertTrue(coverage.contains("\"status\":\"LAPSED\""), "the look-up reads the replica, where the enrolment lapsed: " + coverage);

                String started = api.call("POST", "/api/v1/reports/monthly/" + month, ADMIN, null, 202);
                String job = "/api/v1/reports/jobs/" + ApiClient.first(started, "\"executionId\":(\\d+)");
                String done = api.waitFor(job, ADMIN, body -> body.contains("\"batchStatus\":\"COMPLETED\"") || body.contains("\"batchStatus\":\"FAILED\""));
                assertTrue(done.contains("\"exitStatus\":\"REVISION 1\""), done);
                String figures = api.call("GET", "/api/v1/reports/monthly/" + month + "/1/figures", ADMIN, null, 200);
                assertTrue(figures.contains("\"membersInForce\":" + (MEMBERS - 1) + ","), "the report counted the replica's members: " + figures);
                assertEquals(1, FreshDatabases.count(DATABASE, "select count(*) from reports.monthly_report where report_month = ? and scope = 'TOTAL'",
                        month.toString()), "the report is stored in the main database");
                assertEquals(0, FreshDatabases.count(REPLICA, "select count(*) from reports.monthly_report where report_month = ?", month.toString()));
                assertEquals(0, FreshDatabases.count(DATABASE, "select count(*) from insurance.enrolment where status = ?", "LAPSED"),
                        "the main database is as it was");
                assertTrue(FreshDatabases.count("postgres", "select count(*) from pg_stat_activity where application_name = ? and datname = '"
                        + REPLICA + "' and usename = '" + READER + "'", "huzhu-read") > 0, "the read pool's connections are the reader's, to the replica");
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(e.getMessage() + "\n--- server log ---\n" + second.logTail(), e);
            }
        }
    }

    private String coverage() throws Exception {
        return api.call("GET", "/api/v1/coverage?residentId=" + LAPSED_IN_COPY, "sh.officer", null, 200);
    }

    /** The main database copied (no server connected), one enrolment lapsed in the copy, and a role that may only read it. */
    private static void copyWithOneEnrolmentLapsed() throws Exception {
        try (Connection admin = FreshDatabases.connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + REPLICA + " with (force)");
            statement.execute("create database " + REPLICA + " template " + DATABASE);
            statement.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + READER + "') then create role " + READER
                    + " login; end if; end $$");
        }
        try (Connection copy = FreshDatabases.connect(REPLICA); Statement statement = copy.createStatement()) {
            assertEquals(1, statement.executeUpdate("update insurance.enrolment set status = 'LAPSED' where resident_id = '" + LAPSED_IN_COPY + "'"));
            for (String schema : new String[] {"platform", "members", "insurance", "claims", "reports"}) {
                statement.execute("grant usage on schema " + schema + " to " + READER);
                statement.execute("grant select on all tables in schema " + schema + " to " + READER);
            }
        }
    }
}
