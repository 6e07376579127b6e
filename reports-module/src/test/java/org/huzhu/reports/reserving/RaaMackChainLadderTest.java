package org.huzhu.reports.reserving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RAA (Reinsurance Association of America) annual triangle: Mack (1994) and R ChainLadder figures. */
class RaaMackChainLadderTest {

    private static final String DATASET = "RAA";

    private static ReferenceData reference;
    private static Triangle triangle;

    @BeforeAll
    static void readReferenceData() {
        reference = ReferenceData.load();
        triangle = reference.triangle((String) reference.dataset(DATASET).get("triangle_csv"));
    }

    private static ReferenceData.Published mack1994() {
        ReferenceData.Published published = reference.published(DATASET, "RAA_mack_sigma");
        assertEquals("mack", published.settings().get("sigma_last"));
        assertEquals(1.0, published.setting("tail"));
        return published;
    }

    private static ReferenceData.Published rDefaultLogLinear() {
        ReferenceData.Published published = reference.published(DATASET, "RAA_R_default_loglinear");
        assertEquals(1.0, published.setting("tail"));
        return published;
    }

    @Test
    void triangleIsReadWithAnnualDevelopmentStartingAtOne() {
        assertEquals(10, triangle.originCount());
        assertEquals(10, triangle.columnCount());
        assertEquals(1, triangle.firstDevelopment());
        assertEquals("1981", triangle.origin(0));
        assertEquals(9, triangle.latestColumn(0));
        assertEquals(0, triangle.latestColumn(9));
    }

    @Test
    void volumeWeightedFactorsMatchMack1994() {
        mack1994().assertList("f", DevelopmentFactors.volumeWeighted(triangle).factors());
    }

    @Test
    void sigmaSquaredOfTheEightEstimablePeriodsMatchesMack1994() {
        MackStandardError mack = MackStandardError.estimate(triangle, SigmaExtrapolation.MACK);
        double[] sigma2 = new double[8];
        for (int k = 0; k < sigma2.length; k++) {
            sigma2[k] = mack.sigmaSquared(k);
            assertTrue(!mack.isSigmaExtrapolated(k), "σ² of step " + k + " is estimated, not extrapolated");
        }
        assertTrue(mack.isSigmaExtrapolated(8), "the last σ² comes from Mack's rule");
        mack1994().assertList("sigma2_first8", sigma2);
    }

    @Test
    void mackStandardErrorPerOriginMatchesMack1994() {
        MackStandardError mack = MackStandardError.estimate(triangle, SigmaExtrapolation.MACK);
        assertEquals(0.0, mack.standardError(0), "the fully developed origin 1981 has no error");
        // the published list starts at origin 1982
        mack1994().assertList("mack_se", Arrays.copyOfRange(mack.standardErrors(), 1, triangle.originCount()));
    }

    @Test
    void totalReserveUltimateAndLatestMatchMack1994() {
        ChainLadder chainLadder = ChainLadder.volumeWeighted(triangle);
        ReferenceData.Published published = mack1994();
        published.assertValue("total_reserve", chainLadder.totalReserve());
        published.assertValue("total_ultimate", chainLadder.totalUltimate());
        published.assertValue("total_latest", chainLadder.totalLatest());
    }

    @Test
    void mackTotalStandardErrorIncludingCovarianceMatchesMack1994() {
        MackStandardError mack = MackStandardError.estimate(triangle, SigmaExtrapolation.MACK);
        assertTrue(mack.totalCovariance() > 0, "origins share the estimated factors, so they co-vary");
        mack1994().assertValue("total_mack_se", mack.totalStandardError());
    }

    @Test
    void reservesAndUltimatesPerOriginMatchRChainLadder() {
        ChainLadder chainLadder = ChainLadder.volumeWeighted(triangle);
        ReferenceData.Published published = rDefaultLogLinear();
        published.assertList("reserve", chainLadder.reserves());
        published.assertList("ultimate", chainLadder.ultimates());
        published.assertValue("total_reserve", chainLadder.totalReserve());
    }

    @Test
    void mackStandardErrorsWithLogLinearSigmaMatchRChainLadderDefault() {
        MackStandardError mack = MackStandardError.estimate(triangle, SigmaExtrapolation.LOG_LINEAR);
        ReferenceData.Published published = rDefaultLogLinear();
        published.assertList("mack_se", mack.standardErrors());
        published.assertValue("total_mack_se", mack.totalStandardError());
    }

    @Test
    void processAndParameterErrorsAddUpToTheMackError() {
        MackStandardError mack = MackStandardError.estimate(triangle, SigmaExtrapolation.MACK);
        for (int i = 0; i < triangle.originCount(); i++) {
            double process = mack.processStandardError(i);
            double parameter = mack.parameterStandardError(i);
            assertEquals(mack.standardError(i), Math.hypot(process, parameter), 1e-9 * (1 + mack.standardError(i)));
        }
        double total = mack.totalStandardError();
        assertEquals(total, Math.hypot(mack.totalProcessStandardError(), mack.totalParameterStandardError()),
                1e-9 * total);
    }

    @Test
    void lastPeriodSigmaFollowsMacksRule() {
        MackStandardError mack = MackStandardError.estimate(triangle, SigmaExtrapolation.MACK);
        double s6 = mack.sigmaSquared(6);
        double s7 = mack.sigmaSquared(7);
        assertEquals(Math.min(s7 * s7 / s6, Math.min(s6, s7)), mack.sigmaSquared(8), 0.0);
    }

    /** Derived (not published) figures of the reference, held to 1e-4: they are printed with 4 decimals. */
    @Test
    void cdfsAndErrorSplitAgreeWithTheDerivedReference() {
        Map<String, Object> derived = ReferenceData.asMap(reference.at("datasets", DATASET, "derived"), "derived");
        double tolerance = 0.5e-4 + 1e-12;
        ReferenceData.assertClose("cdf_to_ult_by_dev", ReferenceData.numbers(derived.get("cdf_to_ult_by_dev"), "cdf"),
                filled(10, 0.5e-6 + 1e-12), DevelopmentFactors.volumeWeighted(triangle).cumulativeToUltimate());
        MackStandardError mack = MackStandardError.estimate(triangle, SigmaExtrapolation.MACK);
        double[] process = new double[triangle.originCount()];
        double[] parameter = new double[triangle.originCount()];
        for (int i = 0; i < process.length; i++) {
            process[i] = mack.processStandardError(i);
            parameter[i] = mack.parameterStandardError(i);
        }
        ReferenceData.assertClose("process_se_sigma_mack",
                ReferenceData.numbers(derived.get("process_se_sigma_mack"), "process"), filled(10, tolerance), process);
        ReferenceData.assertClose("parameter_se_sigma_mack",
                ReferenceData.numbers(derived.get("parameter_se_sigma_mack"), "parameter"), filled(10, tolerance),
                parameter);
        ReferenceData.assertClose("total_process_se_sigma_mack",
                ReferenceData.number(derived.get("total_process_se_sigma_mack"), "total process"), tolerance,
                mack.totalProcessStandardError());
        ReferenceData.assertClose("total_parameter_se_sigma_mack",
                ReferenceData.number(derived.get("total_parameter_se_sigma_mack"), "total parameter"), tolerance,
                mack.totalParameterStandardError());
    }

    static double[] filled(int length, double value) {
        double[] values = new double[length];
        Arrays.fill(values, value);
        return values;
    }
}
