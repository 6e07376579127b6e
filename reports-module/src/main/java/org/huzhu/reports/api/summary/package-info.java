/**
 * The monthly actuarial summary as a plain value: what the report output renders, independent of how the
 * figures are computed (SQL aggregation, the reserving library, or a test's hand-made numbers).
 *
 * <p>Money is {@link java.math.BigDecimal} in yuan; ratios are fractions ({@code 0.652} for 65.2 %); factors
 * are plain multipliers. Optional figures (a loss ratio without premium, an IBNR not yet estimated) are
 * {@code null} and render as blank cells. Lists are copied on construction and never {@code null}.
 */
package org.huzhu.reports.api.summary;
