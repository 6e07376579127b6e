package org.huzhu.reports.summary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.YearMonth;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.cluster.ScheduledRuns;

/**
 * On the first day of every month at 02:00 Shanghai time, the report of the month before is generated. An EJB
 * timer in the module's JAR, as {@code insurance.premium.LapseSchedule}: Payara discovers EJBs in WEB-INF/lib. Every
 * instance's timer fires; the first to claim the month ({@link ScheduledRuns}) starts the job.
 */
@Singleton
public class MonthlyReportSchedule {

    private static final Logger LOG = Logger.getLogger(MonthlyReportSchedule.class.getName());

    @Inject
    MonthlyReportJobs jobs;

    @Inject
    BusinessClock clock;

    @Inject
    ScheduledRuns runs;

    @Schedule(dayOfMonth = "1", hour = "2", minute = "0", timezone = "Asia/Shanghai", persistent = false)
    void previousMonth() {
        YearMonth month = clock.month().minusMonths(1);
        if (!runs.claim("monthly-report", month.toString())) {
            return;
        }
        try {
            long execution = jobs.start(month, "system", null, null, null);
            LOG.info("Monthly report of " + month + " started, job execution " + execution);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Monthly report of " + month + " could not be started", e);
        }
    }
}
