package org.huzhu.reports.api.summary;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Paid claims by month of service (rows) × payment lag in months (columns, lag 0 = paid in the month of
 * service), cumulative, with the factors estimated from it.
 *
 * @param rows               one row per month of service, oldest first
 * @param developmentFactors factor {@code k} links lag {@code k} to lag {@code k + 1}
 * @param completionFactors  share of the ultimate paid by lag {@code k} (1 at the last lag without a tail)
 */
public record LagTriangle(List<Row> rows, List<BigDecimal> developmentFactors, List<BigDecimal> completionFactors) {

    public LagTriangle {
        rows = List.copyOf(Objects.requireNonNullElse(rows, List.of()));
        developmentFactors = nullableCopy(developmentFactors);
        completionFactors = nullableCopy(completionFactors);
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
     * @param amounts        cumulative paid amount by lag; shorter than the longest row where not yet developed
     * @param counts         cumulative number of paid claims by lag
     * @param ibnr           the IBNR estimated for this month of service, {@code null} if none
     */
    public record Row(YearMonth monthOfService, List<BigDecimal> amounts, List<Long> counts, BigDecimal ibnr) {

        public Row {
            Objects.requireNonNull(monthOfService, "monthOfService");
            amounts = nullableCopy(amounts);
            counts = nullableCopy(counts);
        }
    }

    /** Copies a list that may hold {@code null} entries (cells not observed); {@link List#copyOf} refuses those. */
    static <T> List<T> nullableCopy(List<T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }
}
