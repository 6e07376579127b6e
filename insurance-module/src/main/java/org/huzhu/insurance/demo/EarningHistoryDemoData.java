package org.huzhu.insurance.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.YearMonth;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.huzhu.insurance.api.demo.DemoYears;
import org.huzhu.insurance.api.premium.EarningRunView;
import org.huzhu.insurance.premium.earning.EarningRuns;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DemoTime;
import org.huzhu.platform.api.DemoData;
import org.huzhu.platform.api.Jdbc;

/**
 * The monthly earning of every month of evaluation mode's demo history that has ended, from the month of the first
 * premium paid to last month, each run as the officer runs it (the batch job {@code premium-earning}) on the first of
 * the next month, so that earned premium, the unearned reserve and the loss ratios of the monthly summary exist. Runs
 * after the current plan year's bills are paid ({@link InsuranceDemoData}), once: only on a database where the history
 * was loaded and no month has been earned yet.
 */
@ApplicationScoped
public class EarningHistoryDemoData implements DemoData {

    private static final Logger LOG = Logger.getLogger(EarningHistoryDemoData.class.getName());
    private static final long RUN_TIMEOUT_MILLIS = 120_000;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    EarningRuns runs;

    @Inject
    BusinessClock clock;

    @Inject
    DemoTime time;

    @Override
    public int order() {
        return 25;
    }

    @Override
    public void loadOnce() {
        if (!time.isOpen()) {
            return;
        }
        DemoYears years = new DemoYears(clock.today());
        boolean history = Jdbc.queryOne(dataSource, "select count(*) from insurance.plan_version v join insurance.plan p on p.id = v.plan_id "
                + "where p.code = 'WORKING_INPATIENT' and v.period_start = ?", row -> row.getLong(1), years.historyStart()).orElse(0L) > 0;
        boolean earned = Jdbc.queryOne(dataSource, "select count(*) from insurance.earning_run", row -> row.getLong(1)).orElse(0L) > 0;
        if (!history || earned) {
            return;
        }
        long started = System.nanoTime();
        YearMonth current = YearMonth.from(years.today());
        int months = 0;
        try {
            for (YearMonth month = years.firstEarningMonth(); month.isBefore(current); month = month.plusMonths(1)) {
                time.moveTo(month.plusMonths(1).atDay(1).atTime(2, 0));
                runs.start(month, null, null, "officer");
                awaitEnd(month);
                months++;
            }
        } finally {
            time.backToCalendar();
        }
        LOG.info(String.format("Demo history: earning of %d months in %d ms", months, (System.nanoTime() - started) / 1_000_000));
    }

    private void awaitEnd(YearMonth month) {
        long deadline = System.currentTimeMillis() + RUN_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            EarningRunView run = runs.find(month).orElse(null);
            String status = run == null ? "" : run.status();
            String job = run == null || run.batchStatus() == null ? "" : run.batchStatus();
            if (status.equals("COMPLETED") && (job.equals("COMPLETED") || job.isEmpty())) {
                return;
            }
            if (status.equals("INTERRUPTED") || status.equals("FAILED") || job.equals("FAILED") || job.equals("STOPPED") || job.equals("ABANDONED")) {
                throw new IllegalStateException("the demo earning of " + month + " ended " + status + " (job " + job + ")");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the demo earning of " + month + " ran", e);
            }
        }
        throw new IllegalStateException("the demo earning of " + month + " did not end within " + RUN_TIMEOUT_MILLIS + " ms");
    }
}
