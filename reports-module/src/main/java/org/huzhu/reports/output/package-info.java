/**
 * Report output: renders a {@link org.huzhu.reports.api.summary.MonthlySummary} to PDF (JasperReports 7,
 * templates compiled at build time, embedded WenQuanYi Micro Hei), XLSX and CSV. Knows nothing of how the
 * figures were computed.
 */
package org.huzhu.reports.output;
