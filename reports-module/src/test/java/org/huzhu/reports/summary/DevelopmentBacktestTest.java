package org.huzhu.reports.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.huzhu.reports.api.summary.ActualVersusExpected;
import org.huzhu.reports.api.summary.LagTriangle;
import org.junit.jupiter.api.Test;

/**
 * Actual against expected development since the previous month's report, on two valuations of a small book small
 * enough to follow by hand (3-month triangle, all by the chain ladder, attritional inpatient claims only):
 * <pre>
 * valued at the end of February          valued at the end of March
 *   Dec  [1,000, 1,400, 1,500]             (out of the window)
 *   Jan  [2,000, 2,600]                    Jan  [2,000, 2,600, 2,700]
 *   Feb  [3,000]                           Feb  [3,000, 3,900]
 *                                          Mar  [500]
 * February's factors: lag 0 → 1 = (1,400 + 2,600) / 3,000 = 4/3, lag 1 → 2 = 1,500 / 1,400 = 15/14.
 * </pre>
 * The previous report goes through its stored JSON, as the monthly report reads it.
 */
class DevelopmentBacktestTest {

    static final YearMonth DEC = YearMonth.of(2025, 12);
    static final YearMonth JAN = YearMonth.of(2026, 1);
    static final YearMonth FEB = YearMonth.of(2026, 2);
    static final YearMonth MAR = YearMonth.of(2026, 3);
    static final Map<YearMonth, BigDecimal> EXPOSURE = Map.of(DEC, BigDecimal.TEN, JAN, BigDecimal.TEN, FEB, BigDecimal.TEN, MAR, BigDecimal.TEN);

    /** What {@link SummaryJson} stores of a summary's triangle, for a report read back. */
    record Stored(LagTriangle triangle) {
    }

    static ReservingData.Cell cell(YearMonth origin, int lag, String amount) {
        return new ReservingData.Cell(origin, lag, "INPATIENT", new BigDecimal(amount), 1, BigDecimal.ZERO, 0);
    }

    static LagTriangle february(ReservingChoices choices) {
        ReservingData data = new ReservingData(FEB, 3, 0, EXPOSURE, List.of(cell(DEC, 0, "1000"), cell(DEC, 1, "400"), cell(DEC, 2, "100"),
                cell(JAN, 0, "2000"), cell(JAN, 1, "600"), cell(FEB, 0, "3000")), List.of());
        return ReportedTriangle.of(BookedReserve.estimate(data, null, choices));
    }

    static LagTriangle march() {
        ReservingData data = new ReservingData(MAR, 3, 0, EXPOSURE, List.of(cell(JAN, 0, "2000"), cell(JAN, 1, "600"), cell(JAN, 2, "100"),
                cell(FEB, 0, "3000"), cell(FEB, 1, "900"), cell(MAR, 0, "500")), List.of());
        return ReportedTriangle.of(BookedReserve.estimate(data, null));
    }

    static PreviousReport stored(LagTriangle triangle, int revision) {
        return PreviousReport.fromSummaryJson(FEB, revision, SummaryJson.write(new Stored(triangle)));
    }

    static void assertRow(ActualVersusExpected.Row row, YearMonth month, int fromLag, String previous, String expected, String reported,
                          String actual, String difference, String ratio) {
        assertEquals(month, row.monthOfService());
        assertEquals(fromLag, row.fromLag());
        assertEquals(new BigDecimal(previous), row.previousReported());
        assertEquals(new BigDecimal(expected), row.expected());
        assertEquals(new BigDecimal(reported), row.reported());
        assertEquals(new BigDecimal(actual), row.actual());
        assertEquals(new BigDecimal(difference), row.difference());
        assertEquals(ratio == null ? null : new BigDecimal(ratio), row.ratio());
    }

    @Test
    void eachMonthInBothReportsComparesItsDevelopmentWithThePreviousFactorForTheStepTaken() {
        ActualVersusExpected comparison = DevelopmentBacktest.compare(stored(february(ReservingChoices.DEFAULTS), 2), MAR, march());
        assertEquals(FEB, comparison.previousMonth());
        assertEquals(2, comparison.previousRevision());
        assertEquals(2, comparison.rows().size()); // December left the window, March is new
        // Jan: 2,600 × (15/14 − 1) = 185.714… → 185.71 expected; 100.00 came
        assertRow(comparison.rows().get(0), JAN, 1, "2600.00", "185.71", "2700.00", "100.00", "-85.71", "0.5385");
        // Feb: 3,000 × (4/3 − 1) = 1,000.00 expected; 900.00 came
        assertRow(comparison.rows().get(1), FEB, 0, "3000.00", "1000.00", "3900.00", "900.00", "-100.00", "0.9000");
        assertEquals(new BigDecimal("1185.71"), comparison.expected());
        assertEquals(new BigDecimal("1000.00"), comparison.actual());
        assertEquals(new BigDecimal("-185.71"), comparison.difference());
        assertEquals(new BigDecimal("0.8434"), comparison.ratio());
    }

    @Test
    void theFactorExpectedIsTheOneThePreviousReportSelectedNotTheAverage() {
        ReservingChoices override = ReservingChoices.parse(null, null, null, "0:1.5", null, "February's claims arrive late");
        ActualVersusExpected comparison = DevelopmentBacktest.compare(stored(february(override), 1), MAR, march());
        // Feb: 3,000 × 0.5 = 1,500.00 expected
        assertRow(comparison.rows().get(1), FEB, 0, "3000.00", "1500.00", "3900.00", "900.00", "-600.00", "0.6000");
        assertEquals(new BigDecimal("1.5"), comparison.rows().get(1).factor());
        assertRow(comparison.rows().get(0), JAN, 1, "2600.00", "185.71", "2700.00", "100.00", "-85.71", "0.5385");
    }

    @Test
    void theStoredFactorsAreReadBackAtThePrecisionTheReportUsed() {
        PreviousReport previous = stored(february(ReservingChoices.DEFAULTS), 1);
        assertEquals(4000.0 / 3000.0, previous.factorFrom(0).doubleValue(), 0.0);
        assertEquals(1500.0 / 1400.0, previous.factorFrom(1).doubleValue(), 0.0);
        assertEquals(BigDecimal.ONE, previous.factorFrom(2));
        ReservingChoices tail = ReservingChoices.parse(null, null, null, null, "1.02", "tail");
        assertEquals(new BigDecimal("1.02"), stored(february(tail), 1).factorFrom(2));
    }

    @Test
    void aReportStoredBeforeTheSelectionWasKeptGivesItsShownFactors() {
        String old = "{\"triangle\":{\"rows\":[{\"monthOfService\":\"2026-01\",\"amounts\":[2000.00,2600.00]},"
                + "{\"monthOfService\":\"2026-02\",\"amounts\":[3000.00]}],\"developmentFactors\":[1.333333,1.071429],\"completionFactors\":[]}}";
        PreviousReport previous = PreviousReport.fromSummaryJson(FEB, 1, old);
        ActualVersusExpected comparison = DevelopmentBacktest.compare(previous, MAR, march());
        assertEquals(new BigDecimal("185.72"), comparison.rows().get(0).expected()); // 2,600 × 0.071429
        assertEquals(new BigDecimal("999.999").setScale(2, java.math.RoundingMode.HALF_UP), comparison.rows().get(1).expected());
    }

    @Test
    void withoutAPreviousReportNothingIsComparedAndTheSummarySaysSo() {
        ActualVersusExpected none = DevelopmentBacktest.compare(null, MAR, march());
        assertFalse(none.hasPrevious());
        assertEquals(FEB, none.previousMonth());
        assertEquals(List.of(), none.rows());
        assertNull(none.expected());
        assertNull(none.ratio());
    }
}
