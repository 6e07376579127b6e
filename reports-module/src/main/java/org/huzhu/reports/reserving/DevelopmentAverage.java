package org.huzhu.reports.reserving;

/**
 * Which link ratios of a triangle a development factor averages, and how.
 *
 * @param diagonals      only the pairs whose later cell lies on one of the latest {@code diagonals} calendar
 *                       diagonals; {@link #ALL_DIAGONALS} for every pair of the triangle
 * @param weighting      volume-weighted or simple average
 * @param excludeHighLow leave out the highest and the lowest link ratio of each column, where at least
 *                       {@link #KEPT_AFTER_EXCLUSION} ratios remain (so that Mack's σ² can still be estimated from
 *                       what is left); a column with fewer ratios keeps them all
 */
public record DevelopmentAverage(int diagonals, Weighting weighting, boolean excludeHighLow) {

    /** Every diagonal of the triangle. */
    public static final int ALL_DIAGONALS = Integer.MAX_VALUE;

    /** The ratios a column must keep for its highest and lowest to be left out. */
    public static final int KEPT_AFTER_EXCLUSION = 2;

    private static final DevelopmentAverage VOLUME_WEIGHTED = new DevelopmentAverage(ALL_DIAGONALS, Weighting.VOLUME, false);

    public DevelopmentAverage {
        if (diagonals < 1) {
            throw new IllegalArgumentException("need at least one diagonal, got " + diagonals);
        }
        if (weighting == null) {
            throw new IllegalArgumentException("a weighting is needed");
        }
    }

    /** Volume-weighted over all diagonals, nothing left out: the chain ladder of Mack (1993). */
    public static DevelopmentAverage volumeWeighted() {
        return VOLUME_WEIGHTED;
    }
}
