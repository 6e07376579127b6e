package org.huzhu.reports.reserving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Health usmedclaim monthly lag triangle (incurred months 2001-01..2003-12, lags 0..12).
 *
 * <p>The reference has <em>no published</em> figures for this data set ({@code published: []});
 * everything here is compared with its <em>derived</em> figures, which carry no tolerance in the
 * JSON. Tolerance used: half a unit in the last printed digit (8 decimals for factors, 2 for money,
 * 4 for PMPM), plus 1e-9 for floating-point noise.
 */
class HealthUsMedClaimCompletionFactorsTest {

    private static final String DATASET = "Health_usmedclaim_monthly_lag";
    private static final int LATEST_MONTHS = 12;
    private static final double FACTOR = 0.5e-8 + 1e-9;
    private static final double MONEY = 0.005 + 1e-9;
    private static final double PMPM = 0.5e-4 + 1e-9;

    private static ReferenceData reference;
    private static Triangle paid;
    private static double[] members;

    @BeforeAll
    static void readReferenceData() {
        reference = ReferenceData.load();
        Map<String, Object> dataset = reference.dataset(DATASET);
        assertTrue(((List<?>) dataset.get("published")).isEmpty(),
                "the reference now publishes figures for this data set: test them with their tolerances");
        paid = reference.triangle((String) dataset.get("triangle_csv"));
        members = paid.alignToOrigins(ReservingCsv.readAmountsByOrigin(
                reference.file((String) dataset.get("members_csv"))));
    }

    private static Map<String, Object> derived(String... path) {
        Object[] full = new Object[path.length + 3];
        full[0] = "datasets";
        full[1] = DATASET;
        full[2] = "derived";
        System.arraycopy(path, 0, full, 3, path.length);
        return ReferenceData.asMap(reference.at(full), String.join("/", path));
    }

    @Test
    void incrementalPaymentsAccumulateToTheCumulativeTriangle() {
        Triangle fromIncremental = reference.triangle((String) reference.dataset(DATASET).get("incremental_csv"));
        assertEquals(paid.origins(), fromIncremental.origins());
        assertEquals(0, fromIncremental.firstDevelopment(), "lag 0 = paid in the month of service");
        assertEquals(13, fromIncremental.columnCount());
        for (int i = 0; i < paid.originCount(); i++) {
            assertEquals(paid.latestColumn(i), fromIncremental.latestColumn(i), paid.origin(i));
            for (int k = 0; k <= paid.latestColumn(i); k++) {
                assertEquals(paid.value(i, k), fromIncremental.value(i, k), 0.0, paid.origin(i) + " lag " + k);
            }
        }
    }

    @Test
    void completionFactorsFromAllMonthsAgreeWithTheDerivedReference() {
        assertCompletion(derived("all_months"), CompletionFactors.allPeriods(paid));
    }

    @Test
    void completionFactorsFromTheLatest12PaymentMonthsAgreeWithTheDerivedReference() {
        assertCompletion(derived("latest_12_months"), CompletionFactors.latestPeriods(paid, LATEST_MONTHS));
    }

    @Test
    void completionFactorsAboveOneGiveNegativeIbnrRatherThanBeingCapped() {
        CompletionFactors latest = CompletionFactors.latestPeriods(paid, LATEST_MONTHS);
        int march2003 = paid.indexOf("2003-03");
        assertTrue(latest.completionFactor(march2003) > 1.0);
        assertTrue(latest.ibnr(march2003) < 0.0);
    }

    private static void assertCompletion(Map<String, Object> expected, CompletionFactors actual) {
        int lags = paid.columnCount();
        double[] linkRatios = new double[lags - 1];
        for (int k = 0; k < linkRatios.length; k++) {
            linkRatios[k] = actual.linkRatio(k);
        }
        ReferenceData.assertClose("link_ratios", ReferenceData.numbers(expected.get("link_ratios"), "link_ratios"),
                RaaMackChainLadderTest.filled(lags - 1, FACTOR), linkRatios);
        ReferenceData.assertClose("completion_factor_by_lag",
                ReferenceData.numbers(expected.get("completion_factor_by_lag"), "completion_factor_by_lag"),
                RaaMackChainLadderTest.filled(lags, FACTOR), actual.byLag());

        List<?> months = (List<?>) expected.get("by_incurred_month");
        assertEquals(paid.originCount(), months.size(), "incurred months");
        for (Object entry : months) {
            Map<String, Object> month = ReferenceData.asMap(entry, "by_incurred_month");
            String label = (String) month.get("incurred_month");
            int i = paid.indexOf(label);
            assertEquals(ReferenceData.number(month.get("lag"), label), paid.developmentLabel(paid.latestColumn(i)),
                    label + " lag");
            assertEquals(ReferenceData.number(month.get("members"), label), members[i], 0.0, label + " members");
            ReferenceData.assertClose(label + " paid_to_date", ReferenceData.number(month.get("paid_to_date"), label),
                    0.0, actual.paidToDate(i));
            ReferenceData.assertClose(label + " completion_factor",
                    ReferenceData.number(month.get("completion_factor"), label), FACTOR, actual.completionFactor(i));
            ReferenceData.assertClose(label + " estimated_incurred",
                    ReferenceData.number(month.get("estimated_incurred"), label), MONEY, actual.estimatedIncurred(i));
            ReferenceData.assertClose(label + " ibnr", ReferenceData.number(month.get("ibnr"), label), MONEY,
                    actual.ibnr(i));
            ReferenceData.assertClose(label + " incurred_pmpm", ReferenceData.number(month.get("incurred_pmpm"), label),
                    PMPM, actual.incurredPerMemberPerMonth(i, members[i]));
        }
        ReferenceData.assertClose("total_paid_to_date",
                ReferenceData.number(expected.get("total_paid_to_date"), "total_paid_to_date"), 0.0,
                actual.totalPaidToDate());
        ReferenceData.assertClose("total_ibnr", ReferenceData.number(expected.get("total_ibnr"), "total_ibnr"), MONEY,
                actual.totalIbnr());
    }

    @Test
    void mackStandardErrorsOfTheMonthlyTriangleAgreeWithTheDerivedReference() {
        Map<String, Object> expected = derived("mack_all_months");
        MackStandardError mack = MackStandardError.estimate(paid, SigmaExtrapolation.MACK);
        for (int k = 0; k < mack.stepCount(); k++) {
            assertTrue(!mack.isSigmaExtrapolated(k), "24 complete months make every σ² estimable (lag " + k + ")");
        }
        ReferenceData.assertClose("total_reserve", ReferenceData.number(expected.get("total_reserve"), "total_reserve"),
                MONEY, mack.chainLadder().totalReserve());
        ReferenceData.assertClose("total_mack_se", ReferenceData.number(expected.get("total_mack_se"), "total_mack_se"),
                MONEY, mack.totalStandardError());
        ReferenceData.assertClose("mack_se_by_month",
                ReferenceData.numbers(expected.get("mack_se_by_month"), "mack_se_by_month"),
                RaaMackChainLadderTest.filled(paid.originCount(), MONEY), mack.standardErrors());
    }

    @Test
    void memberMonthsAgreeWithTheDerivedReference() {
        double total = 0.0;
        for (double m : members) {
            total += m;
        }
        assertEquals(ReferenceData.number(reference.at("datasets", DATASET, "derived", "member_months_total"),
                "member_months_total"), total, 0.0);
    }
}
