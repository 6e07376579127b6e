package org.huzhu.reports.api;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The monthly actuarial reports as the web pages use them: the same code paths as the REST API. */
public interface Reports {

    List<ReportRevision> revisions(YearMonth month);

    /** Starts the monthly-report job for a month; returns its execution id. */
    long generate(YearMonth month, String requestedBy);

    ReportJob job(long executionId);

    /** The stored figures as JSON. */
    Optional<String> figures(YearMonth month, int revision, String scope);

    /** A stored file: format PDF_ZH, PDF_EN, XLSX or CSV_ZIP. */
    Optional<byte[]> file(YearMonth month, int revision, String scope, String format);
}
