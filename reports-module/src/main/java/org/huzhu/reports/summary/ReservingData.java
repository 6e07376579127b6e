package org.huzhu.reports.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything the reserving step ({@link BookedReserve}) needs of one valuation, as at the valuation date E: the
 * claims reported by E with service in the triangle's window, valued at E, and the exposure. The reader
 * ({@link MonthlyFigures}) builds it with SQL aggregates; tests build it from a generated history. Amounts are
 * normalised (money to 2 decimals, squares to 4, member-months to 10) so that two readings compare equal.
 *
 * <p>A claim counts when it was received by E and is not rejected or withdrawn; its value at E is what it is
 * assessed to pay (paid + case reserve), and a claim received but not yet assessed has no value of its own (the
 * step estimates it). A claim reversed by E is in the cells twice: its value at its report lag and the same value
 * taken back (amount, count and square negative) at the lag of its reversal, so that the triangle, paid and the
 * case reserves share one basis (net of reversals) and the triangle shows reversals as development. A claim whose
 * value exceeds the large-claim threshold is not in the cells but in {@link #largeClaims}, one by one.
 *
 * @param valuationMonth   the month valued; E is its last day
 * @param triangleMonths   months of service in the window, the valuation month the newest
 * @param projectionMonths the newest months reserved by Bornhuetter–Ferguson instead of the chain ladder
 * @param memberMonths     exposure by month of service (months without exposure may be missing)
 * @param cells            attritional claims by month of service × report lag (months from service to receipt)
 * @param largeClaims      claims above the threshold, valued at E
 * @param pricedClaims     by month of service, the claims the plans' pricing expects: the month's earned premium ×
 *                         the loss ratio its plan version was priced for; only months whose earned premium is all
 *                         from versions that state one (others are missing)
 */
public record ReservingData(YearMonth valuationMonth, int triangleMonths, int projectionMonths,
                            Map<YearMonth, BigDecimal> memberMonths, List<Cell> cells, List<LargeClaimValue> largeClaims,
                            Map<YearMonth, BigDecimal> pricedClaims) {

    /** A valuation whose plans state no priced loss ratio. */
    public ReservingData(YearMonth valuationMonth, int triangleMonths, int projectionMonths,
                         Map<YearMonth, BigDecimal> memberMonths, List<Cell> cells, List<LargeClaimValue> largeClaims) {
        this(valuationMonth, triangleMonths, projectionMonths, memberMonths, cells, largeClaims, Map.of());
    }

    public ReservingData {
        Objects.requireNonNull(valuationMonth, "valuationMonth");
        if (triangleMonths < 1 || projectionMonths < 0 || projectionMonths >= triangleMonths) {
            throw new IllegalArgumentException("need 0 <= projection months < triangle months: " + projectionMonths + ", " + triangleMonths);
        }
        YearMonth oldest = valuationMonth.minusMonths(triangleMonths - 1L);
        TreeMap<YearMonth, BigDecimal> exposure = new TreeMap<>();
        memberMonths.forEach((month, value) -> {
            if (!month.isBefore(oldest) && !month.isAfter(valuationMonth) && value.signum() != 0) {
                exposure.put(month, value.setScale(10, RoundingMode.HALF_UP));
            }
        });
        memberMonths = java.util.Collections.unmodifiableMap(exposure);
        TreeMap<YearMonth, BigDecimal> priced = new TreeMap<>();
        pricedClaims.forEach((month, value) -> {
            if (!month.isBefore(oldest) && !month.isAfter(valuationMonth)) {
                priced.put(month, value.setScale(2, RoundingMode.HALF_UP));
            }
        });
        pricedClaims = java.util.Collections.unmodifiableMap(priced);
        cells = cells.stream().filter(c -> c.count() != 0 || c.unassessed() != 0 || c.amount().signum() != 0).sorted(Comparator.comparing(Cell::origin).thenComparingInt(Cell::lag).thenComparing(Cell::claimType)).toList();
        largeClaims = largeClaims.stream().sorted(Comparator.comparing(LargeClaimValue::origin).thenComparingLong(LargeClaimValue::claimId)).toList();
        for (Cell cell : cells) {
            if (cell.origin().isBefore(oldest) || cell.origin().isAfter(valuationMonth)
                    || cell.lag() > valuationMonth.getYear() * 12L + valuationMonth.getMonthValue() - cell.origin().getYear() * 12L - cell.origin().getMonthValue()) {
                throw new IllegalArgumentException("cell outside the triangle of " + valuationMonth + ": " + cell);
            }
        }
    }

    public YearMonth oldest() {
        return valuationMonth.minusMonths(triangleMonths - 1L);
    }

    /**
     * Attritional claims of one type, one month of service and one report lag.
     *
     * @param amount       the sum of the assessed claims' values at E, less the claims reversed at this lag
     * @param count        the number of assessed claims, less the reversed ones
     * @param sumOfSquares the sum of their squared values (for the claim-size variance)
     * @param unassessed   the number of claims received but not yet assessed at E
     */
    public record Cell(YearMonth origin, int lag, String claimType, BigDecimal amount, long count, BigDecimal sumOfSquares, long unassessed) {

        public Cell {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(claimType, "claimType");
            if (lag < 0) {
                throw new IllegalArgumentException("negative lag: " + lag);
            }
            amount = amount.setScale(2, RoundingMode.HALF_UP);
            sumOfSquares = sumOfSquares.setScale(4, RoundingMode.HALF_UP);
        }
    }

    /** A claim above the large-claim threshold: its report lag, its value at E (paid + case reserve) and what is paid of it by E. */
    public record LargeClaimValue(long claimId, YearMonth origin, int lag, BigDecimal value, BigDecimal paid) {

        public LargeClaimValue {
            Objects.requireNonNull(origin, "origin");
            if (lag < 0) {
                throw new IllegalArgumentException("negative lag: " + lag);
            }
            value = value.setScale(2, RoundingMode.HALF_UP);
            paid = paid.setScale(2, RoundingMode.HALF_UP);
        }
    }
}
