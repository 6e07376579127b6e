package org.huzhu.reports.reserving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Mack's standard error when the factors are not the all-origin volume-weighted average (Mack 1999's weights
 * C^α: α = 1 volume, α = 0 simple), on one development step small enough to follow by hand:
 * <pre>
 * origin  dev 1  dev 2   ratio
 *   1      100    150    1.5
 *   2      200    260    1.3
 *   3      100    180    1.8
 *   4      400           (to project)
 * </pre>
 */
class MackStandardErrorOfChosenAveragesTest {

    static final double EXACT = 1e-9;

    static final Triangle TRIANGLE = Triangle.fromCumulative(List.of(
            new TriangleCell("1", 1, 100), new TriangleCell("1", 2, 150),
            new TriangleCell("2", 1, 200), new TriangleCell("2", 2, 260),
            new TriangleCell("3", 1, 100), new TriangleCell("3", 2, 180),
            new TriangleCell("4", 1, 400)));

    static final DevelopmentAverage SIMPLE = new DevelopmentAverage(DevelopmentAverage.ALL_DIAGONALS, Weighting.SIMPLE, false);

    @Test
    void theSimpleAverageEstimatesSigmaSquaredFromTheUnweightedScatterAndItsProcessErrorGrowsWithTheSquareOfTheAmount() {
        // f = (1.5 + 1.3 + 1.8) / 3 = 4.6 / 3; deviations −1/30, −7/30, +8/30: σ² = (1 + 49 + 64) / 900 / 2 = 19 / 300
        // s.e.(f)² = σ² / 3; origin 4: process C² σ² = 160,000 × 19/300, parameter C² s.e.(f)² = 160,000 × 19/900
        MackStandardError mack = MackStandardError.estimate(TRIANGLE, SigmaExtrapolation.MACK, SIMPLE,
                DevelopmentFactors.averaged(TRIANGLE, SIMPLE));
        assertEquals(4.6 / 3, mack.factor(0), EXACT);
        assertEquals(19.0 / 300, mack.sigmaSquared(0), EXACT);
        assertEquals(Math.sqrt(19.0 / 900), mack.factorStandardError(0), EXACT);
        assertEquals(Math.sqrt(160_000 * 19.0 / 300), mack.processStandardError(3), 1e-7);
        assertEquals(Math.sqrt(160_000 * 19.0 / 900), mack.parameterStandardError(3), 1e-7);
        assertEquals(400 * 4.6 / 3 - 400, mack.chainLadder().reserve(3), 1e-9);
    }

    @Test
    void theVolumeWeightedAverageKeepsMacksOwnFormulas() {
        // f = 590 / 400; σ² = (100 × 0.025² + 200 × 0.175² + 100 × 0.325²) / 2 = 16.75 / 2; process C σ², parameter C² σ² / ΣC
        MackStandardError mack = MackStandardError.estimate(TRIANGLE, SigmaExtrapolation.MACK, DevelopmentAverage.volumeWeighted(),
                DevelopmentFactors.averaged(TRIANGLE, DevelopmentAverage.volumeWeighted()));
        assertEquals(8.375, mack.sigmaSquared(0), EXACT);
        assertEquals(Math.sqrt(400 * 8.375), mack.processStandardError(3), 1e-7);
        assertEquals(Math.sqrt(160_000 * 8.375 / 400), mack.parameterStandardError(3), 1e-7);
        assertEquals(MackStandardError.estimate(TRIANGLE, SigmaExtrapolation.MACK).standardError(3), mack.standardError(3), 0.0);
    }

    @Test
    void anOverriddenFactorProjectsTheReserveAndKeepsTheErrorOfTheAverageItReplaces() {
        DevelopmentFactors average = DevelopmentFactors.averaged(TRIANGLE, DevelopmentAverage.volumeWeighted());
        MackStandardError overridden = MackStandardError.estimate(TRIANGLE, SigmaExtrapolation.MACK, DevelopmentAverage.volumeWeighted(),
                average.withFactor(0, 1.6));
        assertEquals(240.0, overridden.chainLadder().reserve(3), EXACT);
        assertEquals(8.375, overridden.sigmaSquared(0), EXACT);
        assertEquals(Math.sqrt(400 * 8.375 + 160_000 * 8.375 / 400), overridden.standardError(3), 1e-7);
    }

    @Test
    void aTailWithoutItsOwnErrorScalesTheErrorOfEveryOriginStillDeveloping() {
        // Mack (1999): a tail step with σ = 0 and s.e. = 0 multiplies the variances by the tail squared
        DevelopmentFactors average = DevelopmentFactors.averaged(TRIANGLE, DevelopmentAverage.volumeWeighted());
        MackStandardError withTail = MackStandardError.estimate(TRIANGLE, SigmaExtrapolation.MACK, DevelopmentAverage.volumeWeighted(),
                average.withTail(1.02));
        MackStandardError without = MackStandardError.estimate(TRIANGLE, SigmaExtrapolation.MACK, DevelopmentAverage.volumeWeighted(), average);
        assertEquals(1.02 * without.standardError(3), withTail.standardError(3), 1e-7);
        assertEquals(400 * 590 / 400.0 * 1.02 - 400, withTail.chainLadder().reserve(3), 1e-9);
    }
}
