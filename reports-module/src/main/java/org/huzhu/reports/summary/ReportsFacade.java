package org.huzhu.reports.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Target;
import org.huzhu.reports.api.FactorChoices;
import org.huzhu.reports.api.ReportJob;
import org.huzhu.reports.api.ReportRevision;
import org.huzhu.reports.api.Reports;

/** The monthly reports behind the web pages, with the API's access check. */
@ApplicationScoped
public class ReportsFacade implements Reports {

    @Inject
    MonthlyReports reports;

    @Inject
    MonthlyReportJobs jobs;

    @Inject
    AccessPolicy policy;

    @Override
    public List<ReportRevision> revisions(Caller caller, YearMonth month) {
        allowed(caller);
        return reports.revisions(month);
    }

    @Override
    public long generate(Caller caller, YearMonth month) {
        allowed(caller);
        return jobs.start(month, caller.username(), null, null, null);
    }

    @Override
    public long generate(Caller caller, YearMonth month, FactorChoices choices) {
        allowed(caller);
        return jobs.start(month, caller.username(), null, null, null, ReservingChoices.parse(choices.average(), choices.weighting(),
                String.valueOf(choices.excludeHighLow()), choices.overrides(), choices.tail(), choices.reason()));
    }

    @Override
    public ReportJob job(Caller caller, long executionId) {
        allowed(caller);
        return jobs.status(executionId);
    }

    @Override
    public Optional<String> figures(Caller caller, YearMonth month, int revision, String scope) {
        allowed(caller);
        return reports.figures(month, revision, scope);
    }

    @Override
    public Optional<byte[]> file(Caller caller, YearMonth month, int revision, String scope, String format) {
        allowed(caller);
        return reports.file(month, revision, scope, MonthlyReports.Format.valueOf(format));
    }

    private void allowed(Caller caller) {
        policy.require(caller, Action.READ_REPORTS, Target.association());
    }
}
