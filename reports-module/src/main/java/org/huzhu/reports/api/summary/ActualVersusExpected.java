package org.huzhu.reports.api.summary;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * How the previous month's report did: for each month of service in both that report (its latest revision, same
 * scope) and this one, the reported development it expected over the month against the development that came.
 * Expected = the previous report's reported amount × (its selected factor for the step taken − 1), the tail for a
 * step beyond its last lag; actual = this report's reported amount − the previous one's.
 *
 * @param previousMonth    the month of the report compared with
 * @param previousRevision its revision compared with; {@code null}: there is no such report, and nothing is compared
 * @param rows             one per month of service in both, oldest first
 * @param expected         the sum of the rows' expected development; {@code null} without a previous report
 * @param actual           the sum of the rows' actual development
 * @param difference       actual − expected
 * @param ratio            actual / expected, {@code null} if nothing was expected
 */
public record ActualVersusExpected(YearMonth previousMonth, Integer previousRevision, List<Row> rows, BigDecimal expected,
                                   BigDecimal actual, BigDecimal difference, BigDecimal ratio) {

    public ActualVersusExpected {
        Objects.requireNonNull(previousMonth, "previousMonth");
        rows = List.copyOf(Objects.requireNonNullElse(rows, List.of()));
    }

    /** No report of the previous month to compare with. */
    public static ActualVersusExpected none(YearMonth previousMonth) {
        return new ActualVersusExpected(previousMonth, null, List.of(), null, null, null, null);
    }

    public boolean hasPrevious() {
        return previousRevision != null;
    }

    /**
     * One month of service.
     *
     * @param monthOfService   the month the treatment took place
     * @param fromLag          its report lag in the previous report (this report's is one more)
     * @param previousReported the reported amount in the previous report
     * @param factor           the previous report's factor for the step from {@code fromLag}
     * @param expected         previousReported × (factor − 1), rounded to the fen
     * @param reported         the reported amount in this report
     * @param actual           reported − previousReported
     * @param difference       actual − expected
     * @param ratio            actual / expected to 4 decimals, {@code null} if nothing was expected
     */
    public record Row(YearMonth monthOfService, int fromLag, BigDecimal previousReported, BigDecimal factor, BigDecimal expected,
                      BigDecimal reported, BigDecimal actual, BigDecimal difference, BigDecimal ratio) {
    }
}
