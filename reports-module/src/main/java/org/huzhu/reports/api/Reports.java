package org.huzhu.reports.api;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.huzhu.members.api.access.Caller;

/**
 * The monthly actuarial reports as the web pages use them: the same code paths as the REST API, and the same access
 * check (actuaries and administrators) on every method.
 */
public interface Reports {

    List<ReportRevision> revisions(Caller caller, YearMonth month);

    /** Starts the monthly-report job for a month; returns its execution id. */
    long generate(Caller caller, YearMonth month);

    /** Starts the job with the development factors selected as {@code choices} say (refused, 400, if they cannot be read). */
    long generate(Caller caller, YearMonth month, FactorChoices choices);

    ReportJob job(Caller caller, long executionId);

    /** The stored figures as JSON. */
    Optional<String> figures(Caller caller, YearMonth month, int revision, String scope);

    /** A stored file: format PDF_ZH, PDF_EN, XLSX or CSV_ZIP. */
    Optional<byte[]> file(Caller caller, YearMonth month, int revision, String scope, String format);
}
