package org.huzhu.reports.summary;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The one step of the {@code monthly-report} job: compute, render and store the month's next revision. */
@Named("monthlyReportBatchlet")
@Dependent
public class MonthlyReportBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    MonthlyReports reports;

    @Inject
    @BatchProperty
    String month;

    @Inject
    @BatchProperty
    String by;

    @Inject
    @BatchProperty
    String triangleMonths;

    @Inject
    @BatchProperty
    String projectionMonths;

    @Inject
    @BatchProperty
    String largeClaimThreshold;

    @Inject
    @BatchProperty
    String average;

    @Inject
    @BatchProperty
    String weighting;

    @Inject
    @BatchProperty
    String excludeHighLow;

    @Inject
    @BatchProperty
    String overrides;

    @Inject
    @BatchProperty
    String tail;

    @Inject
    @BatchProperty
    String reason;

    @Override
    public String process() {
        MonthlyFigures.Parameters defaults = MonthlyFigures.Parameters.DEFAULTS;
        MonthlyFigures.Parameters parameters = new MonthlyFigures.Parameters(
                blank(triangleMonths) ? defaults.triangleMonths() : Integer.parseInt(triangleMonths),
                blank(projectionMonths) ? defaults.projectionMonths() : Integer.parseInt(projectionMonths),
                blank(largeClaimThreshold) ? defaults.largeClaimThreshold() : new BigDecimal(largeClaimThreshold), null,
                ReservingChoices.parse(average, weighting, excludeHighLow, overrides, tail, reason));
        int revision = reports.generate(YearMonth.parse(month), blank(by) ? "system" : by, job.getExecutionId(), parameters);
        job.setExitStatus("REVISION " + revision);
        return "REVISION " + revision;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
