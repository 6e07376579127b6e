package org.huzhu.reports.reserving;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The link ratios {@code F[i][k] = C[i][k+1] / C[i][k]} of a triangle that an average uses, column by column, and
 * their weighted average. The one place that decides which pairs count, shared by {@link DevelopmentFactors} and
 * {@link MackStandardError}:
 * <ul>
 *   <li>origin {@code i} is observed at both columns and its amount at column {@code k} is positive (a ratio
 *       from nothing, or from a negative amount, says nothing about development);</li>
 *   <li>cell {@code (i, k+1)} lies on one of the latest {@link DevelopmentAverage#diagonals()} diagonals;</li>
 *   <li>with {@link DevelopmentAverage#excludeHighLow()}, and where at least
 *       {@link DevelopmentAverage#KEPT_AFTER_EXCLUSION} would remain, the highest and the lowest ratio are left out
 *       (of equal ratios, the later origin counts as the higher).</li>
 * </ul>
 */
public final class LinkRatios {

    private final Triangle triangle;
    private final DevelopmentAverage average;
    private final boolean[][] used;
    private final int[] count;
    private final double[] weightSum;
    private final double[] mean;

    private LinkRatios(Triangle triangle, DevelopmentAverage average) {
        this.triangle = triangle;
        this.average = average;
        int columns = Math.max(0, triangle.columnCount() - 1);
        this.used = new boolean[triangle.originCount()][columns];
        this.count = new int[columns];
        this.weightSum = new double[columns];
        this.mean = new double[columns];
        int last = triangle.originCount() == 0 ? 0 : triangle.lastCalendarPeriod();
        for (int k = 0; k < columns; k++) {
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < triangle.originCount(); i++) {
                boolean recent = (long) last - triangle.calendarPeriod(i, k + 1) < average.diagonals();
                if (recent && triangle.isObserved(i, k) && triangle.isObserved(i, k + 1) && triangle.value(i, k) > 0) {
                    candidates.add(i);
                }
            }
            if (average.excludeHighLow() && candidates.size() >= DevelopmentAverage.KEPT_AFTER_EXCLUSION + 2) {
                int column = k;
                candidates.sort(Comparator.comparingDouble((Integer i) -> ratio(i, column)).thenComparingInt(i -> i));
                candidates = new ArrayList<>(candidates.subList(1, candidates.size() - 1));
                candidates.sort(Comparator.naturalOrder());
            }
            double numerator = 0.0;
            for (int i : candidates) {
                used[i][k] = true;
                numerator += average.weighting().weightedRatio(triangle.value(i, k), triangle.value(i, k + 1));
                weightSum[k] += average.weighting().weight(triangle.value(i, k));
                count[k]++;
            }
            mean[k] = count[k] == 0 ? Double.NaN : numerator / weightSum[k];
        }
    }

    /** The ratios of {@code triangle} that {@code average} takes. */
    public static LinkRatios of(Triangle triangle, DevelopmentAverage average) {
        return new LinkRatios(triangle, average);
    }

    public Triangle triangle() {
        return triangle;
    }

    public DevelopmentAverage average() {
        return average;
    }

    /** Number of columns of ratios (the triangle's columns − 1). */
    public int columns() {
        return count.length;
    }

    /** Whether the ratio of origin {@code i} from column {@code k} to {@code k + 1} is in the average. */
    public boolean isUsed(int originIndex, int column) {
        return used[originIndex][column];
    }

    /** The link ratio {@code C[i][k+1] / C[i][k]} (of any observed pair with a non-zero amount at {@code k}). */
    public double ratio(int originIndex, int column) {
        return triangle.value(originIndex, column + 1) / triangle.value(originIndex, column);
    }

    /** The weight of a used ratio in its column's average: {@code C[i][k]^α}. */
    public double weight(int originIndex, int column) {
        return average.weighting().weight(triangle.value(originIndex, column));
    }

    /** How many ratios of column {@code k} are used. */
    public int count(int column) {
        return count[column];
    }

    /** The sum of the used ratios' weights in column {@code k}: Σ C[i][k] (volume) or their number (simple). */
    public double weightSum(int column) {
        return weightSum[column];
    }

    /** The weighted average of column {@code k}'s used ratios; NaN where none is used. */
    public double average(int column) {
        return mean[column];
    }
}
