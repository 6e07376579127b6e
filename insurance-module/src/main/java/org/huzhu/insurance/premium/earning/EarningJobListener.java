package org.huzhu.insurance.premium.earning;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.YearMonth;

/** Records the execution on the month's run when it starts, and whether every range was done when it ends. */
@Named("earningJobListener")
@Dependent
public class EarningJobListener extends AbstractJobListener {

    @Inject
    @BatchProperty(name = "month")
    String month;

    @Inject
    JobContext job;

    @Inject
    EarningRuns runs;

    @Override
    public void beforeJob() {
        runs.executionStarted(YearMonth.parse(month), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        runs.executionEnded(YearMonth.parse(month), String.valueOf(job.getBatchStatus()));
    }
}
