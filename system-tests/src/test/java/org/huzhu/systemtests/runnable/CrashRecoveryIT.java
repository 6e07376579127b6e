package org.huzhu.systemtests.runnable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import org.huzhu.systemtests.support.ApiClient;
import org.huzhu.systemtests.support.FreshDatabases;
import org.huzhu.systemtests.support.PaidUnit;
import org.huzhu.systemtests.support.RunnableJar;
import org.junit.jupiter.api.Test;

/**
 * The server is killed ({@code kill -9}) while it earns a month, then started again: the new server fails the dead
 * server's execution (it no longer says it is running for ever) and, without anyone asking, restarts the month from its
 * checkpoint; it ends with every range posted exactly once, and stopping the completed month is refused with 409 and
 * the reason. Everything through the API (production mode on a fresh
 * PostgreSQL database, from the bootstrap administrator); SQL only reads the totals to check them.
 */
class CrashRecoveryIT {

    private static final String DATABASE = System.getProperty("huzhu.it.crash.db", "huzhu_hard_crash");
    private static final int PORT = Integer.getInteger("huzhu.it.crash.port", 19381);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String ADMIN = "root-admin";
    private static final String ADMIN_PASSWORD = "bootstrap-secret-2026";
    private static final int MEMBERS = 24;

    private final ApiClient api = new ApiClient(PORT);

    @Test
    void aMonthKilledWhileItIsEarnedIsRestartedFromItsCheckpointByTheNextStartAndPostsEveryRangeOnce() throws Exception {
        FreshDatabases.recreate(DATABASE);
        Map<String, String> env = RunnableJar.productionEnvironment(DATABASE);
        env.put("HUZHU_ADMIN_USER", ADMIN);
        env.put("HUZHU_ADMIN_PASSWORD", ADMIN_PASSWORD);
        api.password(ADMIN, ADMIN_PASSWORD);
        Path folder = Path.of(System.getProperty("huzhu.workDir", "target/work"), "crash-recovery-" + System.currentTimeMillis());
        YearMonth month = YearMonth.now(SHANGHAI).minusMonths(1);
        String run = "/api/v1/premium/earning-runs/" + month;

        int doneBeforeKill;
        long failedExecution;
        try (RunnableJar first = RunnableJar.start(folder, PORT, env)) {
            first.awaitReady(Duration.ofSeconds(180));
            try {
                PaidUnit.create(api, ADMIN, month.atDay(1), MEMBERS, "kill-nine-");
                // one enrolment per range, a second's pause after each: the run takes about half a minute
                api.call("POST", "/api/v1/premium/earning-runs", "sh.supervisor", "{\"month\":\"" + month + "\",\"rangeSize\":1,\"pauseMillis\":1000}", 202);
                String progress = api.waitFor(run, "sh.supervisor", body -> Integer.parseInt(ApiClient.field(body, "rangesDone")) >= 5);
                assertEquals(String.valueOf(MEMBERS), ApiClient.field(progress, "rangesTotal"), progress);
                failedExecution = Long.parseLong(ApiClient.field(progress, "executionId"));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(e.getMessage() + "\n--- server log ---\n" + first.logTail(), e);
            }
            first.kill();
            doneBeforeKill = count("select count(*) from insurance.earning_range where run_month = ?", month.toString());
            assertTrue(doneBeforeKill >= 5 && doneBeforeKill < MEMBERS, "killed part-way: " + doneBeforeKill + " of " + MEMBERS);
        }

        try (RunnableJar second = RunnableJar.start(folder, PORT, env)) {
            second.awaitReady(Duration.ofSeconds(180));
            try {
                // failed at start-up (or within the dead instance's lease, 45 s, when the start-up was quicker) and restarted
                // from its checkpoint by the new server without anyone asking
                String done = api.waitFor(run, "sh.supervisor", body -> !String.valueOf(failedExecution).equals(ApiClient.field(body, "executionId"))
                        && (body.contains("\"batchStatus\":\"COMPLETED\"") || body.contains("\"batchStatus\":\"FAILED\"")));
                assertTrue(second.log().contains("marked FAILED"), "the start-up says what it recovered");
                assertTrue(second.log().contains("Took over the earning of " + month), "and that it restarted the month");
                assertEquals(1, count("select count(*) from jbatchexecutioninstancedata where jobexecid = ? and batchstatus = 'FAILED' "
                        + "and exitstatus = 'ORPHANED'", failedExecution), "the dead server's execution is failed as orphaned");
                assertEquals("COMPLETED", ApiClient.field(done, "batchStatus"), done);
                assertEquals("COMPLETED", ApiClient.field(done, "status"), done);
                assertEquals(String.valueOf(MEMBERS), ApiClient.field(done, "rangesDone"), done);
                long restarted = Long.parseLong(ApiClient.field(done, "executionId"));
                assertTrue(restarted > failedExecution, done);
                String stop = api.call("POST", run + "/stop", "sh.supervisor", null, 409);
                assertTrue(stop.contains("not running") && stop.contains("COMPLETED"), stop);

                // the restart read only the ranges after the last checkpoint (a range posted but not checkpointed is skipped by its key)
                int readAgain = count("select coalesce(sum(readcount), 0) from jbatchstepexecutioninstancedata where jobexecid = ?", restarted);
                assertTrue(readAgain <= MEMBERS - doneBeforeKill + 1, "restarted from the checkpoint: " + readAgain + " ranges read again, "
                        + doneBeforeKill + " were done");

                BigDecimal earned = new BigDecimal(ApiClient.field(done, "earned"));
                BigDecimal ranges = amount("select sum(earned) from insurance.earning_range where run_month = ?", month.toString());
                assertEquals(0, earned.compareTo(ranges), "the month's total is the sum of its ranges: " + earned + " vs " + ranges);
                // each member's premium of 65 yuan over the plan year, earned pro rata for the days of the month, rounded once to the fen
                LocalDate start = month.atDay(1);
                long days = start.plusYears(1).toEpochDay() - start.toEpochDay();
                long fenPerMember = (2 * 6500L * month.lengthOfMonth() + days) / (2 * days);
                assertEquals(0, earned.compareTo(BigDecimal.valueOf(MEMBERS * fenPerMember, 2)), done);

                // no duplicate posting: one journal entry per range key, its amount the range's
                String key = "EARN:" + month + ":%";
                assertEquals(MEMBERS, count("select count(*) from insurance.journal_entry where idempotency_key like ?", key));
                assertEquals(MEMBERS, count("select count(distinct reference) from insurance.journal_entry where idempotency_key like ?", key));
                BigDecimal posted = amount("select sum(p.amount) from insurance.journal_posting p join insurance.journal_entry e on e.id = p.entry_id "
                        + "where e.idempotency_key like ? and p.account = 'EARNED_PREMIUM'", key);
                assertEquals(0, earned.compareTo(posted), "posted " + posted);
                assertTrue(api.call("GET", "/api/v1/ledger/trial-balance", "sh.supervisor", null, 200).contains("\"balanceSum\":0"));
                System.out.printf("crash recovery: %d of %d ranges done before the kill, %d read again after the restart, earned %s = sum of ranges %s"
                        + " = journal %s%n", doneBeforeKill, MEMBERS, readAgain, earned, ranges, posted);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(e.getMessage() + "\n--- server log ---\n" + second.logTail(), e);
            }
        }
    }

    private static int count(String sql, Object parameter) throws Exception {
        return FreshDatabases.count(DATABASE, sql, parameter);
    }

    private static BigDecimal amount(String sql, Object parameter) throws Exception {
        return FreshDatabases.amount(DATABASE, sql, parameter);
    }
}
