package org.huzhu.reports.summary;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.Properties;

import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.reports.api.ReportJob;

/** Starts the {@code monthly-report} job and reports on its executions. */
@ApplicationScoped
public class MonthlyReportJobs {

    @Inject
    BusinessClock clock;

    @Inject
    org.huzhu.platform.api.audit.AuditTrail trail;

    public static final String JOB = "monthly-report";

    /**
     * Starts a run for a month that has ended (a month is valued as at its last day: an unfinished month would be
     * valued on what is known so far and could never be reproduced); the parameters are checked here so that a bad
     * one fails fast.
     */
    public long start(YearMonth month, String by, Integer triangleMonths, Integer projectionMonths, BigDecimal largeClaimThreshold) {
        return start(month, by, triangleMonths, projectionMonths, largeClaimThreshold, ReservingChoices.DEFAULTS);
    }

    /**
     * As {@link #start(YearMonth, String, Integer, Integer, BigDecimal)}, with the development factors selected as
     * {@code choices} say (an override must name a lag of the triangle: checked here too, with its length).
     */
    public long start(YearMonth month, String by, Integer triangleMonths, Integer projectionMonths, BigDecimal largeClaimThreshold,
                      ReservingChoices choices) {
        if (!clock.hasEnded(month)) {
            throw ReportsMessages.refuse(DomainException.Kind.UNPROCESSABLE, "reports.month.unfinished", month, month.plusMonths(1).atDay(1));
        }
        MonthlyFigures.Parameters defaults = MonthlyFigures.Parameters.DEFAULTS;
        try {
            new MonthlyFigures.Parameters(triangleMonths == null ? defaults.triangleMonths() : triangleMonths,
                    projectionMonths == null ? defaults.projectionMonths() : projectionMonths,
                    largeClaimThreshold == null ? defaults.largeClaimThreshold() : largeClaimThreshold, null, choices);
        } catch (IllegalArgumentException e) {
            throw ReportsMessages.refuse(DomainException.Kind.INVALID, "reports.parameter.invalid", e.getMessage());
        }
        Properties parameters = new Properties();
        parameters.setProperty("month", month.toString());
        parameters.setProperty("by", by);
        if (triangleMonths != null) {
            parameters.setProperty("triangleMonths", triangleMonths.toString());
        }
        if (projectionMonths != null) {
            parameters.setProperty("projectionMonths", projectionMonths.toString());
        }
        if (largeClaimThreshold != null) {
            parameters.setProperty("largeClaimThreshold", largeClaimThreshold.toPlainString());
        }
        choices.jobParameters().forEach(parameters::setProperty);
        long execution = BatchRuntime.getJobOperator().start(JOB, parameters);
        trail.record(by, "REPORT_JOB_STARTED", org.huzhu.platform.api.audit.AuditedObject.JOB, JOB + " " + month, null,
                java.util.Map.of("execution", execution, "parameters", new java.util.TreeMap<String, String>(
                        parameters.stringPropertyNames().stream().collect(java.util.stream.Collectors.toMap(k -> k, parameters::getProperty)))));
        return execution;
    }

    public ReportJob status(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution;
        try {
            execution = operator.getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            execution = null;
        }
        if (execution == null || !JOB.equals(execution.getJobName())) {
            throw ReportsMessages.refuse(DomainException.Kind.NOT_FOUND, "reports.job.notFound", executionId);
        }
        Properties parameters = execution.getJobParameters();
        return new ReportJob(executionId, parameters == null ? null : parameters.getProperty("month"),
                String.valueOf(execution.getBatchStatus()), execution.getExitStatus(), time(execution.getStartTime()),
                time(execution.getEndTime()));
    }

    private static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atZone(MonthlyReports.SHANGHAI).toOffsetDateTime();
    }
}
