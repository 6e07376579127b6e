package org.huzhu.reports.api.summary;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Reported claims by month of service (rows) × report lag in months (columns, lag 0 = received in the month of
 * service), cumulative and valued at the valuation date, with the factors estimated from it and the reserve of each
 * month of service.
 *
 * @param rows               one row per month of service, oldest first
 * @param developmentFactors factor {@code k} links lag {@code k} to lag {@code k + 1}
 * @param completionFactors  share of the ultimate paid by lag {@code k} (1 at the last lag without a tail)
 * @param selection          how the factors were selected: the average, overrides, tail and the reason
 */
public record LagTriangle(List<Row> rows, List<BigDecimal> developmentFactors, List<BigDecimal> completionFactors,
                          FactorSelection selection) {

    public LagTriangle {
        rows = List.copyOf(Objects.requireNonNullElse(rows, List.of()));
        developmentFactors = nullableCopy(developmentFactors);
        completionFactors = nullableCopy(completionFactors);
        selection = selection != null ? selection : FactorSelection.volumeWeighted(developmentFactors);
    }

    /** A triangle with volume-weighted factors over the window and no tail (the selection before it could be chosen). */
    public LagTriangle(List<Row> rows, List<BigDecimal> developmentFactors, List<BigDecimal> completionFactors) {
        this(rows, developmentFactors, completionFactors, null);
    }

    public static LagTriangle empty() {
        return new LagTriangle(List.of(), List.of(), List.of());
    }

    /** The number of lag columns: the longest row, or the factor lists if they are longer. */
    public int lags() {
        int lags = Math.max(developmentFactors.size() + (developmentFactors.isEmpty() ? 0 : 1), completionFactors.size());
        for (Row row : rows) {
            lags = Math.max(lags, Math.max(row.amounts().size(), row.counts().size()));
        }
        return lags;
    }

    /**
     * One month of service.
     *
     * @param monthOfService the month the treatment took place
     * @param amounts        cumulative reported amount by lag; shorter than the longest row where not yet developed
     * @param counts         cumulative number of reported claims by lag
     * @param ibnr           the IBNR booked for this month of service, {@code null} if none
     * @param method         how it was estimated: CHAIN_LADDER or BORNHUETTER_FERGUSON; {@code null} if not said
     * @param cdf            cumulative development factor from the latest lag to ultimate
     * @param ultimate       the latest amount + IBNR
     * @param standardError  of the IBNR, {@code null} where unavailable
     */
    public record Row(YearMonth monthOfService, List<BigDecimal> amounts, List<Long> counts, BigDecimal ibnr, String method,
                      BigDecimal cdf, BigDecimal ultimate, BigDecimal standardError) {

        public Row {
            Objects.requireNonNull(monthOfService, "monthOfService");
            amounts = nullableCopy(amounts);
            counts = nullableCopy(counts);
        }

        /** A row without the reserve's method and its columns. */
        public Row(YearMonth monthOfService, List<BigDecimal> amounts, List<Long> counts, BigDecimal ibnr) {
            this(monthOfService, amounts, counts, ibnr, null, null, null, null);
        }
    }

    /** Copies a list that may hold {@code null} entries (cells not observed); {@link List#copyOf} refuses those. */
    static <T> List<T> nullableCopy(List<T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }
}
