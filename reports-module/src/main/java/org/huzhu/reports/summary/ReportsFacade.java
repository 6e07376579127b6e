package org.huzhu.reports.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.huzhu.reports.api.ReportJob;
import org.huzhu.reports.api.ReportRevision;
import org.huzhu.reports.api.Reports;

/** The monthly reports behind the web pages. */
@ApplicationScoped
public class ReportsFacade implements Reports {

    @Inject
    MonthlyReports reports;

    @Inject
    MonthlyReportJobs jobs;

    @Override
    public List<ReportRevision> revisions(YearMonth month) {
        return reports.revisions(month);
    }

    @Override
    public long generate(YearMonth month, String requestedBy) {
        return jobs.start(month, requestedBy, null, null, null);
    }

    @Override
    public ReportJob job(long executionId) {
        return jobs.status(executionId);
    }

    @Override
    public Optional<String> figures(YearMonth month, int revision, String scope) {
        return reports.figures(month, revision, scope);
    }

    @Override
    public Optional<byte[]> file(YearMonth month, int revision, String scope, String format) {
        return reports.file(month, revision, scope, MonthlyReports.Format.valueOf(format));
    }
}
