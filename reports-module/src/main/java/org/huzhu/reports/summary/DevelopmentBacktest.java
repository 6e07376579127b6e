package org.huzhu.reports.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.huzhu.reports.api.summary.ActualVersusExpected;
import org.huzhu.reports.api.summary.LagTriangle;

/**
 * Actual against expected reported development since the previous month's report. For each month of service in
 * both reports: expected = the previous reported amount × (the previous report's factor for the step taken − 1);
 * actual = this report's reported amount − the previous one. Each row's expected amount is rounded half-up to the fen
 * once; totals are sums of the rows; ratios are actual / expected to 4 decimals. Months of service new in this report
 * (no previous amount) or gone from its window are not compared.
 */
final class DevelopmentBacktest {

    private DevelopmentBacktest() {
    }

    /**
     * @param previous the previous month's report, {@code null} if there is none
     * @param month    this report's month
     * @param current  this report's triangle
     */
    static ActualVersusExpected compare(PreviousReport previous, YearMonth month, LagTriangle current) {
        if (previous == null) {
            return ActualVersusExpected.none(month.minusMonths(1));
        }
        List<ActualVersusExpected.Row> rows = new ArrayList<>();
        BigDecimal expectedTotal = new BigDecimal("0.00");
        BigDecimal actualTotal = new BigDecimal("0.00");
        for (LagTriangle.Row row : current.rows()) {
            BigDecimal before = previous.reported().get(row.monthOfService());
            BigDecimal now = latest(row);
            if (before == null || now == null) {
                continue;
            }
            int fromLag = lag(row.monthOfService(), previous.month());
            BigDecimal factor = previous.factorFrom(fromLag);
            BigDecimal expected = before.multiply(factor.subtract(BigDecimal.ONE)).setScale(2, RoundingMode.HALF_UP);
            BigDecimal actual = now.subtract(before);
            rows.add(new ActualVersusExpected.Row(row.monthOfService(), fromLag, before, factor, expected, now, actual,
                    actual.subtract(expected), ratio(actual, expected)));
            expectedTotal = expectedTotal.add(expected);
            actualTotal = actualTotal.add(actual);
        }
        return new ActualVersusExpected(previous.month(), previous.revision(), rows, expectedTotal, actualTotal,
                actualTotal.subtract(expectedTotal), ratio(actualTotal, expectedTotal));
    }

    private static BigDecimal latest(LagTriangle.Row row) {
        for (int k = row.amounts().size() - 1; k >= 0; k--) {
            if (row.amounts().get(k) != null) {
                return row.amounts().get(k);
            }
        }
        return null;
    }

    private static int lag(YearMonth from, YearMonth to) {
        return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
    }

    private static BigDecimal ratio(BigDecimal actual, BigDecimal expected) {
        return expected.signum() == 0 ? null : actual.divide(expected, 4, RoundingMode.HALF_UP);
    }
}
