package org.huzhu.reports.reserving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The averages an actuary may choose for the development factors, on a triangle small enough to check by hand:
 * <pre>
 * origin  dev 1  dev 2  dev 3  dev 4  dev 5     link ratios 1→2     2→3             3→4
 *   1      100    150    165    170    170        1.5               1.1             170/165
 *   2      200    260    286    290               1.3               1.1             290/286
 *   3      100    180    198                      1.8               1.1
 *   4      400    520                             1.3
 *   5      300
 * </pre>
 * The latest diagonal (calendar period 4) holds 170 (origin 1, dev 5), 290, 198, 520 and 300.
 */
class DevelopmentAveragesTest {

    static final double EXACT = 1e-12;

    static Triangle triangle() {
        double[][] rows = {{100, 150, 165, 170, 170}, {200, 260, 286, 290}, {100, 180, 198}, {400, 520}, {300}};
        List<TriangleCell> cells = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            for (int k = 0; k < rows[i].length; k++) {
                cells.add(new TriangleCell(String.valueOf(i + 1), k + 1, rows[i][k]));
            }
        }
        return Triangle.fromCumulative(cells);
    }

    static double[] factors(int diagonals, Weighting weighting, boolean excludeHighLow) {
        return DevelopmentFactors.averaged(triangle(), new DevelopmentAverage(diagonals, weighting, excludeHighLow)).factors();
    }

    @Test
    void theVolumeWeightedAverageDividesTheSumsOfTheLaterAndEarlierAmounts() {
        double[] f = factors(DevelopmentAverage.ALL_DIAGONALS, Weighting.VOLUME, false);
        assertEquals((150 + 260 + 180 + 520) / 800.0, f[0], EXACT); // 1110 / 800 = 1.3875
        assertEquals((165 + 286 + 198) / 590.0, f[1], EXACT);      // 649 / 590 = 1.1
        assertEquals((170 + 290) / 451.0, f[2], EXACT);
        assertEquals(1.0, f[3], EXACT);
    }

    @Test
    void theSimpleAverageIsTheArithmeticMeanOfTheLinkRatios() {
        double[] f = factors(DevelopmentAverage.ALL_DIAGONALS, Weighting.SIMPLE, false);
        assertEquals((1.5 + 1.3 + 1.8 + 1.3) / 4, f[0], EXACT); // 1.475, against 1.3875 volume-weighted
        assertEquals(1.1, f[1], EXACT);
        assertEquals((170 / 165.0 + 290 / 286.0) / 2, f[2], EXACT);
        assertEquals(1.0, f[3], EXACT);
    }

    @Test
    void theLatestDiagonalsAverageOnlyTheRatiosEndingOnThem() {
        // two diagonals: 1→2 from origins 3 (180 on period 3) and 4 (520 on period 4); 2→3 from origins 2 and 3;
        // 3→4 from origins 1 (170 on period 3) and 2 (290 on period 4); 4→5 from origin 1
        double[] volume = factors(2, Weighting.VOLUME, false);
        assertEquals((180 + 520) / 500.0, volume[0], EXACT); // 1.4
        assertEquals((286 + 198) / 440.0, volume[1], EXACT);
        assertEquals((170 + 290) / 451.0, volume[2], EXACT);
        double[] simple = factors(2, Weighting.SIMPLE, false);
        assertEquals((1.8 + 1.3) / 2, simple[0], EXACT); // 1.55
        // one diagonal: each column's newest ratio alone
        double[] latest = factors(1, Weighting.VOLUME, false);
        assertEquals(1.3, latest[0], EXACT);
        assertEquals(1.1, latest[1], EXACT);
        assertEquals(290 / 286.0, latest[2], EXACT);
        assertEquals(1.0, latest[3], EXACT);
    }

    @Test
    void theHighestAndLowestRatioAreLeftOutWhereTwoRemainAndTheLaterOfEqualRatiosCountsAsHigher() {
        // 1→2 has four ratios 1.5, 1.3 (origin 2), 1.8, 1.3 (origin 4): 1.8 and origin 2's 1.3 go, origins 1 and 4 stay
        double[] volume = factors(DevelopmentAverage.ALL_DIAGONALS, Weighting.VOLUME, true);
        assertEquals((150 + 520) / 500.0, volume[0], EXACT); // 1.34
        // 2→3 has three ratios, 3→4 two, 4→5 one: too few to leave any out
        assertEquals((165 + 286 + 198) / 590.0, volume[1], EXACT);
        assertEquals((170 + 290) / 451.0, volume[2], EXACT);
        assertEquals(1.0, volume[3], EXACT);
        double[] simple = factors(DevelopmentAverage.ALL_DIAGONALS, Weighting.SIMPLE, true);
        assertEquals((1.5 + 1.3) / 2, simple[0], EXACT); // 1.4
    }

    @Test
    void aRatioFromNothingOrFromANegativeAmountIsNotAveraged() {
        // origin 1 reports nothing at dev 1 and 50 at dev 2; origin 2 is negative at dev 1 (a reversal); only origin 3 counts
        Triangle triangle = Triangle.fromCumulative(List.of(
                new TriangleCell("1", 1, 0), new TriangleCell("1", 2, 50),
                new TriangleCell("2", 1, -10), new TriangleCell("2", 2, 30),
                new TriangleCell("3", 1, 100), new TriangleCell("3", 2, 120),
                new TriangleCell("4", 1, 80)));
        assertEquals(1.2, DevelopmentFactors.volumeWeighted(triangle).factor(0), EXACT);
        assertEquals(1.2, DevelopmentFactors.averaged(triangle, new DevelopmentAverage(DevelopmentAverage.ALL_DIAGONALS, Weighting.SIMPLE,
                false)).factor(0), EXACT);
    }

    @Test
    void aColumnWithoutARatioIsRefusedOrGivenTheFactorAskedFor() {
        Triangle triangle = Triangle.fromCumulative(List.of(new TriangleCell("1", 1, 0), new TriangleCell("1", 2, 50),
                new TriangleCell("2", 1, 70)));
        assertThrows(IllegalArgumentException.class, () -> DevelopmentFactors.volumeWeighted(triangle));
        assertEquals(1.0, DevelopmentFactors.averaged(triangle, DevelopmentAverage.volumeWeighted(), 1.0).factor(0));
    }

    @Test
    void anOverriddenFactorReplacesTheAverageAtItsLagOnlyAndTheTailMultipliesEveryCdf() {
        DevelopmentFactors averaged = DevelopmentFactors.averaged(triangle(), DevelopmentAverage.volumeWeighted());
        DevelopmentFactors selected = averaged.withFactor(1, 1.2).withTail(1.05);
        assertEquals(1.2, selected.factor(1), EXACT);
        assertEquals(averaged.factor(0), selected.factor(0), EXACT);
        assertEquals(1.05, selected.cumulativeToUltimate(4), EXACT);
        assertEquals(1.05 * 1.0 * (460 / 451.0), selected.cumulativeToUltimate(2), EXACT);
        assertEquals(1.05 * (460 / 451.0) * 1.2 * 1.3875, selected.cumulativeToUltimate(0), EXACT);
        assertThrows(IndexOutOfBoundsException.class, () -> averaged.withFactor(4, 1.1));
    }
}
