package org.huzhu.reports.reserving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Friedland (2010) XYZ Insurer auto bodily injury, Bornhuetter–Ferguson of Chapter 9 Exhibit II. */
class FriedlandXyzBornhuetterFergusonTest {

    private static final String DATASET = "Friedland_XYZ_AutoBI_BF";
    /** "volume-weighted average of latest 2 diagonals, each age-to-age factor rounded to 3 dp". */
    private static final int LATEST_DIAGONALS = 2;
    private static final int FACTOR_DECIMALS = 3;

    private static ReferenceData reference;
    private static ReferenceData.Published exhibit;
    private static Triangle reported;
    private static Triangle paid;
    private static double[] expectedClaims;

    @BeforeAll
    static void readReferenceData() {
        reference = ReferenceData.load();
        List<?> files = (List<?>) reference.dataset(DATASET).get("triangle_csv");
        reported = reference.triangle((String) files.get(0));
        paid = reference.triangle((String) files.get(1));
        exhibit = reference.published(DATASET, "XYZ_BF_Ch9_ExhibitII");
        String selection = (String) exhibit.settings().get("factors");
        assertTrue(selection.contains("latest " + LATEST_DIAGONALS + " diagonals")
                && selection.contains("rounded to " + FACTOR_DECIMALS + " dp"),
                "factor selection in the reference changed: " + selection);
        expectedClaims = ReferenceData.numbers(exhibit.settings().get("expected_claims"), "expected_claims");
    }

    private static DevelopmentFactors reportedFactors() {
        return DevelopmentFactors.volumeWeighted(reported, LATEST_DIAGONALS).roundedTo(FACTOR_DECIMALS)
                .withTail(exhibit.setting("tail_reported"))
                .withCdfFloor(exhibit.setting("reported_cdf_floor"));
    }

    private static DevelopmentFactors paidFactors() {
        return DevelopmentFactors.volumeWeighted(paid, LATEST_DIAGONALS).roundedTo(FACTOR_DECIMALS)
                .withTail(exhibit.setting("tail_paid"));
    }

    private static double[] cdfByOrigin(Triangle triangle, DevelopmentFactors factors) {
        double[] cdf = new double[triangle.originCount()];
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] = factors.cumulativeToUltimate(triangle.latestColumn(i));
        }
        return cdf;
    }

    @Test
    void oldestAccidentYearsLackTheirEarlyDiagonals() {
        assertEquals(11, reported.originCount());
        assertEquals("1998", reported.origin(0));
        assertEquals(2, reported.firstColumn(0), "AY 1998 starts at 36 months");
        assertEquals(reported.origins(), paid.origins());
    }

    @Test
    void reportedCdfsFromTwoYearVolumeWeightedAverageFlooredAtOneMatchFriedlandChapter7() {
        exhibit.assertList("cdf_reported", cdfByOrigin(reported, reportedFactors()));
    }

    @Test
    void paidCdfsWithTail101MatchFriedlandChapter7() {
        exhibit.assertList("cdf_paid", cdfByOrigin(paid, paidFactors()));
    }

    @Test
    void bfUltimateOnReportedBasisMatchesFriedlandExhibitII() {
        BornhuetterFerguson bf = BornhuetterFerguson.withExpectedClaims(reported, reportedFactors(), expectedClaims);
        exhibit.assertList("bf_ultimate_reported", bf.ultimates());
    }

    @Test
    void bfUltimateOnPaidBasisMatchesFriedlandExhibitII() {
        BornhuetterFerguson bf = BornhuetterFerguson.withExpectedClaims(paid, paidFactors(), expectedClaims);
        exhibit.assertList("bf_ultimate_paid", bf.ultimates());
    }

    @Test
    void ibnrIsBfUltimateMinusReportedClaimsOnReportedBasis() {
        BornhuetterFerguson bf = BornhuetterFerguson.withExpectedClaims(reported, reportedFactors(), expectedClaims);
        exhibit.assertList("ibnr_reported", bf.ibnrOver(reported));
    }

    @Test
    void ibnrIsBfUltimateMinusReportedClaimsOnPaidBasis() {
        BornhuetterFerguson bf = BornhuetterFerguson.withExpectedClaims(paid, paidFactors(), expectedClaims);
        exhibit.assertList("ibnr_paid_basis", bf.ibnrOver(reported));
    }

    /** Derived (not published): the selected factors are rounded to 3 dp, so they must agree exactly. */
    @Test
    void roundedAgeToAgeFactorsAgreeWithTheDerivedReference() {
        Map<String, Object> derived = ReferenceData.asMap(reference.at("datasets", DATASET, "derived"), "derived");
        double[] exact = RaaMackChainLadderTest.filled(10, 1e-12);
        ReferenceData.assertClose("ata_reported", ReferenceData.numbers(derived.get("ata_reported"), "ata_reported"),
                exact, reportedFactors().factors());
        ReferenceData.assertClose("ata_paid", ReferenceData.numbers(derived.get("ata_paid"), "ata_paid"),
                exact, paidFactors().factors());
    }

    @Test
    void aPrioriUltimateMayComeFromExpectedLossRatioTimesEarnedPremium() {
        double[] premium = reported.alignToOrigins(ReservingCsv.readAmountsByOrigin(
                reference.file((String) reference.dataset(DATASET).get("premium_csv"))));
        double[] lossRatios = new double[premium.length];
        for (int i = 0; i < premium.length; i++) {
            lossRatios[i] = expectedClaims[i] / premium[i];
        }
        BornhuetterFerguson byRatio = BornhuetterFerguson.withExpectedLossRatios(reported, reportedFactors(),
                lossRatios, premium);
        BornhuetterFerguson byClaims = BornhuetterFerguson.withExpectedClaims(reported, reportedFactors(),
                expectedClaims);
        for (int i = 0; i < premium.length; i++) {
            assertEquals(byClaims.ultimate(i), byRatio.ultimate(i), 1e-9 * byClaims.ultimate(i));
        }
    }
}
