package org.huzhu.reports.api;

import java.time.OffsetDateTime;

/**
 * One stored revision of a month's report for one scope. A revision never changes; generating the month again
 * stores the next revision.
 *
 * @param month        the reporting month, yyyy-MM
 * @param revision     1, 2, … per month
 * @param scope        {@code TOTAL} or a plan's code
 * @param scopeName    the plan's name, {@code null} for the total
 * @param asOf         when the figures were computed
 * @param generatedBy  the user who asked for it, or {@code system} for the monthly schedule
 * @param executionId  the batch job execution that made it
 * @param parameters   the parameters of the computation (triangle months, projected months, large-claim threshold, and how
 *                     the development factors were selected: average, weighting, high/low left out, overrides, tail)
 * @param reason       why the actuary chose other than the default selection of factors, {@code null} for the defaults
 * @param pdfZhBytes   size of the Chinese PDF
 * @param pdfEnBytes   size of the English PDF
 * @param xlsxBytes    size of the workbook
 * @param csvZipBytes  size of the zip of CSV tables
 */
public record ReportRevision(String month, int revision, String scope, String scopeName, OffsetDateTime asOf, String generatedBy,
                             Long executionId, String parameters, String reason, int pdfZhBytes, int pdfEnBytes, int xlsxBytes, int csvZipBytes) {
}
