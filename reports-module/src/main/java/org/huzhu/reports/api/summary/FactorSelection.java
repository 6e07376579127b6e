package org.huzhu.reports.api.summary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How the development factors of the reported triangle were selected for this valuation, and each factor as the
 * average computed it and as it was used. The factors are stored at full precision (the chaining used them so);
 * the reports show them to 6 decimals.
 *
 * @param average        ALL, LAST_12, LAST_6 or LAST_3: the calendar diagonals of the window averaged
 * @param weighting      VOLUME or SIMPLE
 * @param excludeHighLow whether each column's highest and lowest link ratio were left out (where enough remained)
 * @param tail           the tail factor beyond the last lag, {@code null} for none
 * @param reason         why the actuary chose other than the defaults, {@code null} for the defaults
 * @param factors        one per lag with a factor to the next lag
 */
public record FactorSelection(String average, String weighting, boolean excludeHighLow, BigDecimal tail, String reason,
                              List<Factor> factors) {

    public FactorSelection {
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(weighting, "weighting");
        factors = List.copyOf(Objects.requireNonNullElse(factors, List.of()));
    }

    /** The selection of a report made before the choice existed: volume-weighted over the window, no tail. */
    public static FactorSelection volumeWeighted(List<BigDecimal> factors) {
        List<Factor> all = new java.util.ArrayList<>();
        for (int lag = 0; lag < factors.size(); lag++) {
            all.add(new Factor(lag, factors.get(lag), factors.get(lag), false));
        }
        return new FactorSelection("ALL", "VOLUME", false, null, null, all);
    }

    /**
     * The factor from one lag to the next.
     *
     * @param lag        the factor links lag {@code lag} to {@code lag + 1}
     * @param computed   the chosen average of the link ratios
     * @param selected   the factor used: the average, or the actuary's override
     * @param overridden whether the actuary overrode the average
     */
    public record Factor(int lag, BigDecimal computed, BigDecimal selected, boolean overridden) {
    }
}
