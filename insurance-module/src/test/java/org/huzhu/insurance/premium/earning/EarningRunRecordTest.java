package org.huzhu.insurance.premium.earning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;

import org.huzhu.insurance.testing.InsuranceDatabase;
import org.huzhu.platform.api.Jdbc;
import org.junit.jupiter.api.Test;

/** What the month's run row says after the job operator hands over an execution, whichever came first. */
class EarningRunRecordTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 1);

    private static String status(InsuranceDatabase db) {
        return Jdbc.queryOne(db.dataSource(), "select status || ' ' || execution_id from insurance.earning_run where run_month = ?",
                row -> row.getString(1), MONTH.toString()).orElseThrow();
    }

    private static EarningRuns runs(InsuranceDatabase db, String status, Long execution) {
        Jdbc.update(db.dataSource(), "insert into insurance.earning_run (run_month, first_id, last_id, range_size, ranges_total, status, "
                + "execution_id, started_by, started_at) values (?, 1, 1, 50000, 1, ?, ?, 'officer', current_timestamp)", MONTH.toString(), status,
                execution);
        EarningRuns runs = new EarningRuns();
        runs.dataSource = db.dataSource();
        return runs;
    }

    @Test
    void aShortRunThatEndedBeforeTheOperatorHandedItOverStaysCompleted() throws Exception {
        try (InsuranceDatabase db = InsuranceDatabase.fresh(InsuranceDatabase.Kind.H2, "earning_record_ended")) {
            // the listener recorded execution 20 as started and then as ended before the operator's answer came back
            runs(db, "COMPLETED", 20L).recordExecution(MONTH, 20);
            assertEquals("COMPLETED 20", status(db));
        }
    }

    @Test
    void aRunHandedOverBeforeItsListenerRanIsStarted() throws Exception {
        try (InsuranceDatabase db = InsuranceDatabase.fresh(InsuranceDatabase.Kind.H2, "earning_record_first")) {
            runs(db, "STARTING", null).recordExecution(MONTH, 21);
            assertEquals("STARTED 21", status(db));
        }
    }

    @Test
    void aCompletedMonthRunAgainIsStartedWithItsNewExecution() throws Exception {
        try (InsuranceDatabase db = InsuranceDatabase.fresh(InsuranceDatabase.Kind.H2, "earning_record_again")) {
            runs(db, "COMPLETED", 20L).recordExecution(MONTH, 22);
            assertEquals("STARTED 22", status(db));
        }
    }
}
