package org.huzhu.reports.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The reserving step on triangles small enough to follow by hand. */
class BookedReserveTest {

    static final YearMonth JAN = YearMonth.of(2026, 1);
    static final YearMonth FEB = YearMonth.of(2026, 2);
    static final YearMonth MAR = YearMonth.of(2026, 3);
    static final Map<YearMonth, BigDecimal> EXPOSURE = Map.of(JAN, new BigDecimal("100"), FEB, new BigDecimal("100"), MAR, new BigDecimal("100"));

    static ReservingData.Cell cell(YearMonth origin, int lag, String amount, long count, String squares) {
        return new ReservingData.Cell(origin, lag, "INPATIENT", new BigDecimal(amount), count, new BigDecimal(squares), 0);
    }

    @Test
    void aMonthReportedBeyondWhatItsDevelopmentSuggestsKeepsItsNegativeIbnr() {
        // Jan: two claims 600 + 400 at lag 0, the 400 reversed at lag 1 → [1000, 600, 600]; Feb [1000, 1000]; Mar [1000]
        // f0 = (600 + 1000) / (1000 + 1000) = 0.8, f1 = 600 / 600 = 1; Mar: 1000 × 0.8 − 1000 = −200 (chain ladder, no projection)
        ReservingData data = new ReservingData(MAR, 3, 0, EXPOSURE, List.of(
                cell(JAN, 0, "1000", 2, "520000"), cell(JAN, 1, "-400", -1, "-160000"),
                cell(FEB, 0, "1000", 1, "1000000"), cell(MAR, 0, "1000", 1, "1000000")), List.of());
        BookedReserve booked = BookedReserve.estimate(data, null);
        assertEquals(new BigDecimal("-200.00"), booked.row(MAR).ibnr());
        assertEquals(new BigDecimal("0.00"), booked.row(FEB).ibnr());
        assertEquals(new BigDecimal("-200.00"), booked.ibnr());
    }

    @Test
    void developmentFactorsAreChainedUnroundedAndTheIbnrRoundedOnce() {
        // city scale: Jan 10,000,000 + 3,330,000 + 4,000,000; Feb 20,000,000 + 7,000,000; Mar 70,000,000
        // f0 = 40,330,000 / 30,000,000, f1 = 17,330,000 / 13,330,000; Mar IBNR = 70,000,000 × (f0 × f1 − 1); factors rounded
        // to 6 decimals first would be about 32 yuan off
        ReservingData data = new ReservingData(MAR, 3, 0, EXPOSURE, List.of(
                cell(JAN, 0, "10000000", 1, "0"), cell(JAN, 1, "3330000", 1, "0"), cell(JAN, 2, "4000000", 1, "0"),
                cell(FEB, 0, "20000000", 1, "0"), cell(FEB, 1, "7000000", 1, "0"), cell(MAR, 0, "70000000", 1, "0")), List.of());
        MathContext exact = MathContext.DECIMAL128;
        BigDecimal f0 = new BigDecimal("40330000").divide(new BigDecimal("30000000"), exact);
        BigDecimal f1 = new BigDecimal("17330000").divide(new BigDecimal("13330000"), exact);
        BigDecimal march = new BigDecimal("70000000").multiply(f0.multiply(f1, exact), exact).subtract(new BigDecimal("70000000"))
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal february = new BigDecimal("27000000").multiply(f1, exact).subtract(new BigDecimal("27000000")).setScale(2, RoundingMode.HALF_UP);
        BookedReserve booked = BookedReserve.estimate(data, null);
        assertEquals(march, booked.row(MAR).ibnr());
        assertEquals(february, booked.row(FEB).ibnr());
        assertEquals(march.add(february), booked.ibnr());
        BigDecimal roundedFirst = new BigDecimal("70000000").multiply(f0.setScale(6, RoundingMode.HALF_UP).multiply(f1.setScale(6, RoundingMode.HALF_UP)))
                .subtract(new BigDecimal("70000000")).setScale(2, RoundingMode.HALF_UP);
        assertEquals(1, march.subtract(roundedFirst).abs().compareTo(BigDecimal.TEN), march + " vs " + roundedFirst);
    }

    @Test
    void claimsNotYetAssessedAreReservedAtTheAverageOfTheirType() {
        // Jan: inpatient 3 claims 9,000 (average 3,000) and outpatient 2 claims 1,000 (average 500) at lag 0;
        // Mar: one inpatient and two outpatient claims received, not assessed: 3,000 + 2 × 500 = 4,000
        ReservingData data = new ReservingData(MAR, 3, 0, EXPOSURE, List.of(
                cell(JAN, 0, "9000", 3, "27000000"),
                new ReservingData.Cell(JAN, 0, "OUTPATIENT_SERIOUS", new BigDecimal("1000"), 2, new BigDecimal("500000"), 0),
                new ReservingData.Cell(MAR, 0, "INPATIENT", BigDecimal.ZERO, 0, BigDecimal.ZERO, 1),
                new ReservingData.Cell(MAR, 0, "OUTPATIENT_SERIOUS", BigDecimal.ZERO, 0, BigDecimal.ZERO, 2)), List.of());
        BookedReserve booked = BookedReserve.estimate(data, null);
        assertEquals(new BigDecimal("4000.00"), booked.row(MAR).unassessed());
        assertEquals(new BigDecimal("4000.00"), booked.unassessedReserve());
        assertEquals(new BigDecimal("4000.00"), booked.row(MAR).reported());
    }

    /** Jan [10,000,000, 13,330,000, 17,330,000], Feb [20,000,000, 27,000,000], Mar [70,000,000], all by the chain ladder. */
    static ReservingData cityScale(int projectionMonths) {
        return new ReservingData(MAR, 3, projectionMonths, EXPOSURE, List.of(
                cell(JAN, 0, "10000000", 1, "0"), cell(JAN, 1, "3330000", 1, "0"), cell(JAN, 2, "4000000", 1, "0"),
                cell(FEB, 0, "20000000", 1, "0"), cell(FEB, 1, "7000000", 1, "0"), cell(MAR, 0, "70000000", 1, "0")), List.of());
    }

    static BigDecimal ibnr(String reported, BigDecimal cdf) {
        return new BigDecimal(reported).multiply(cdf).subtract(new BigDecimal(reported)).setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void aTailFactorDevelopsEveryChainLadderMonthTheOldestIncluded() {
        MathContext exact = MathContext.DECIMAL128;
        BigDecimal f0 = new BigDecimal("40330000").divide(new BigDecimal("30000000"), exact);
        BigDecimal f1 = new BigDecimal("17330000").divide(new BigDecimal("13330000"), exact);
        BigDecimal tail = new BigDecimal("1.01");
        BookedReserve booked = BookedReserve.estimate(cityScale(0), null, ReservingChoices.parse(null, null, null, null, "1.01", "tail seen in 2019-2021"));
        assertEquals(new BigDecimal("173300.00"), booked.row(JAN).ibnr()); // 17,330,000 × 0.01
        assertEquals(ibnr("27000000", f1.multiply(tail)), booked.row(FEB).ibnr());
        assertEquals(ibnr("70000000", f0.multiply(f1).multiply(tail)), booked.row(MAR).ibnr());
        assertEquals(new BigDecimal("0.990099"), booked.completionFactors().get(2)); // 1 / 1.01
    }

    @Test
    void anOverriddenFactorReplacesTheAverageAtItsLagOnly() {
        MathContext exact = MathContext.DECIMAL128;
        BigDecimal f0 = new BigDecimal("40330000").divide(new BigDecimal("30000000"), exact);
        BookedReserve booked = BookedReserve.estimate(cityScale(0), null, ReservingChoices.parse(null, null, null, "1:1.05", null, "committee"));
        assertEquals(new BigDecimal("1350000.00"), booked.row(FEB).ibnr()); // 27,000,000 × 0.05
        assertEquals(ibnr("70000000", f0.multiply(new BigDecimal("1.05"))), booked.row(MAR).ibnr());
        assertEquals(new BigDecimal("0.00"), booked.row(JAN).ibnr());
        assertEquals(1.05, booked.factors().selected().factor(1));
        assertEquals(17330000 / 13330000.0, booked.factors().computed().factor(1));
    }

    @Test
    void theSimpleAverageTakesEachMonthsLinkRatioOnce() {
        // lag 0 → 1: Jan 13,330,000 / 10,000,000 = 1.333, Feb 27,000,000 / 20,000,000 = 1.35: simple 1.3415 (volume 1.344333…)
        MathContext exact = MathContext.DECIMAL128;
        BigDecimal f1 = new BigDecimal("17330000").divide(new BigDecimal("13330000"), exact);
        BookedReserve booked = BookedReserve.estimate(cityScale(0), null, ReservingChoices.parse(null, "SIMPLE", null, null, null, "small book"));
        assertEquals(ibnr("70000000", new BigDecimal("1.3415").multiply(f1)), booked.row(MAR).ibnr());
    }

    @Test
    void theCapeCodMonthsTakeTheirCdfWithTheTail() {
        // the newest month by Cape Cod (its plans state no priced loss ratio): IBNR = (1 − 1 / CDF) × a priori; the a priori (Jan and Feb's ultimate per member-month × 100)
        // and the CDF both carry the tail
        ReservingChoices withTail = ReservingChoices.parse(null, null, null, null, "1.01", "tail");
        BookedReserve booked = BookedReserve.estimate(cityScale(1), null, withTail);
        BookedReserve chainLadder = BookedReserve.estimate(cityScale(0), null, withTail);
        double cdf = chainLadder.factors().selected().cumulativeToUltimate(0);
        double apriori = (chainLadder.row(JAN).ultimate().doubleValue() + chainLadder.row(FEB).ultimate().doubleValue()) / 200 * 100;
        assertEquals(BookedReserve.Method.CAPE_COD, booked.row(MAR).method());
        assertEquals((1 - 1 / cdf) * apriori, booked.row(MAR).ibnr().doubleValue(), 0.05);
        assertEquals(new BigDecimal("173300.00"), booked.row(JAN).ibnr());
    }

    static ReservingData priced(int projectionMonths, Map<YearMonth, BigDecimal> pricedClaims, List<ReservingData.LargeClaimValue> large) {
        ReservingData city = cityScale(projectionMonths);
        return new ReservingData(MAR, 3, projectionMonths, EXPOSURE, city.cells(), large, pricedClaims);
    }

    @Test
    void aMonthWhosePremiumIsPricedTakesThePricedClaimsAsItsAPriori() {
        // March by Bornhuetter–Ferguson: IBNR = (1 − 1 / CDF) × 90,000,000 (earned premium × priced loss ratio), whatever
        // the chain-ladder months cost per member-month
        MathContext exact = MathContext.DECIMAL128;
        BigDecimal cdf = new BigDecimal("40330000").divide(new BigDecimal("30000000"), exact)
                .multiply(new BigDecimal("17330000").divide(new BigDecimal("13330000"), exact), exact);
        BookedReserve booked = BookedReserve.estimate(priced(1, Map.of(MAR, new BigDecimal("90000000")), List.of()), null);
        assertEquals(BookedReserve.Method.BORNHUETTER_FERGUSON, booked.row(MAR).method());
        BigDecimal expected = BigDecimal.ONE.subtract(BigDecimal.ONE.divide(cdf, exact)).multiply(new BigDecimal("90000000"))
                .setScale(2, RoundingMode.HALF_UP);
        assertEquals(expected.doubleValue(), booked.row(MAR).ibnr().doubleValue(), 0.02);
        assertEquals(BookedReserve.Method.CHAIN_LADDER, booked.row(FEB).method());
    }

    @Test
    void aMonthWithoutPricedClaimsStaysWithCapeCod() {
        BookedReserve booked = BookedReserve.estimate(priced(2, Map.of(MAR, new BigDecimal("90000000")), List.of()), null);
        assertEquals(BookedReserve.Method.CAPE_COD, booked.row(FEB).method());
        assertEquals(BookedReserve.Method.BORNHUETTER_FERGUSON, booked.row(MAR).method());
    }

    @Test
    void thePricedAPrioriLeavesTheLargeClaimsToTheirOwnEstimate() {
        // one large claim of 2,000,000 reported in January at lag 0: 1 per 300 member-months reported (all reported), so the
        // large claims cost 2,000,000 / 300 per member-month; March's priced 90,000,000 less 100 × that is the attritional
        // a-priori, and the large claims not yet reported are estimated on their own
        List<ReservingData.LargeClaimValue> large = List.of(new ReservingData.LargeClaimValue(1, JAN, 0, new BigDecimal("2000000"), BigDecimal.ZERO));
        BookedReserve withLarge = BookedReserve.estimate(priced(1, Map.of(MAR, new BigDecimal("90000000")), large), null);
        BookedReserve withoutLarge = BookedReserve.estimate(priced(1, Map.of(MAR, new BigDecimal("90000000")), List.of()), null);
        BookedReserve reducedApriori = BookedReserve.estimate(priced(1, Map.of(MAR, new BigDecimal("90000000").subtract(
                new BigDecimal("2000000").divide(new BigDecimal("3"), 10, RoundingMode.HALF_UP))), List.of()), null);
        assertEquals(reducedApriori.row(MAR).ibnr().doubleValue(), withLarge.row(MAR).ibnr().doubleValue(), 0.02,
                "the large claims' pattern here is all reported at lag 0, so none are expected unreported");
        assertEquals(1, withoutLarge.row(MAR).ibnr().compareTo(withLarge.row(MAR).ibnr()));
    }

    @Test
    void withAConfiguredLoadThePricedClaimsAreSharedBetweenAttritionalAndLarge() {
        // load 0.25: attritional a-priori 90,000,000 / 1.25, large IBNR 0.25 × the attritional one: together (1 − 1 / CDF) × 90,000,000
        BookedReserve booked = BookedReserve.estimate(priced(1, Map.of(MAR, new BigDecimal("90000000")), List.of()), new BigDecimal("0.25"));
        BookedReserve unloaded = BookedReserve.estimate(priced(1, Map.of(MAR, new BigDecimal("90000000")), List.of()), null);
        assertEquals(unloaded.row(MAR).ibnr().doubleValue(), booked.row(MAR).ibnr().doubleValue(), 0.02);
    }
}
