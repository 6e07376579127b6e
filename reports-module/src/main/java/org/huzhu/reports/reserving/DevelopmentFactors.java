package org.huzhu.reports.reserving;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Selected age-to-age (link) factors {@code f[k]} from column {@code k} to {@code k + 1}, an
 * optional tail factor beyond the last column, and what follows from them: cumulative development
 * factors to ultimate (CDFs) and completion factors (1/CDF).
 *
 * <p>Immutable; the {@code with…}/{@code rounded…} methods return adjusted copies.
 */
public final class DevelopmentFactors {

    private final double[] factors;
    private final TailFactor tail;
    private final double cdfFloor;

    private DevelopmentFactors(double[] factors, TailFactor tail, double cdfFloor) {
        this.factors = factors;
        this.tail = tail;
        this.cdfFloor = cdfFloor;
    }

    /** Factors chosen by the actuary, e.g. from a reserving committee paper. */
    public static DevelopmentFactors of(double... factors) {
        for (double f : factors) {
            if (!Double.isFinite(f)) {
                throw new IllegalArgumentException("development factors must be finite: " + Arrays.toString(factors));
            }
        }
        return new DevelopmentFactors(factors.clone(), TailFactor.none(), Double.NEGATIVE_INFINITY);
    }

    /**
     * Volume-weighted average over all origins: {@code f[k] = Σ C[i][k+1] / Σ C[i][k]} over the
     * origins observed at both columns with a positive amount at {@code k} (Mack's chain-ladder estimator).
     */
    public static DevelopmentFactors volumeWeighted(Triangle triangle) {
        return volumeWeighted(triangle, Integer.MAX_VALUE);
    }

    /**
     * Volume-weighted average over the latest {@code diagonals} calendar periods only: a pair
     * {@code (k, k+1)} of origin {@code i} is used when cell {@code (i, k+1)} lies on one of the
     * latest {@code diagonals} diagonals.
     */
    public static DevelopmentFactors volumeWeighted(Triangle triangle, int diagonals) {
        return averaged(triangle, new DevelopmentAverage(diagonals, Weighting.VOLUME, false));
    }

    /**
     * The average of each column's link ratios as {@code average} selects and weights them ({@link LinkRatios}).
     *
     * @throws IllegalArgumentException where a column has no link ratio to average
     */
    public static DevelopmentFactors averaged(Triangle triangle, DevelopmentAverage average) {
        LinkRatios ratios = LinkRatios.of(triangle, average);
        double[] factors = new double[ratios.columns()];
        for (int k = 0; k < factors.length; k++) {
            if (ratios.count(k) == 0) {
                throw new IllegalArgumentException("cannot estimate the factor from development "
                        + triangle.developmentLabel(k) + " to " + triangle.developmentLabel(k + 1)
                        + ": no origin with a positive amount is observed at both");
            }
            factors[k] = ratios.average(k);
        }
        return new DevelopmentFactors(factors, TailFactor.none(), Double.NEGATIVE_INFINITY);
    }

    /**
     * As {@link #averaged(Triangle, DevelopmentAverage)}, with {@code whereNone} as the factor of a column that has
     * no link ratio to average (e.g. 1: no development seen, none assumed).
     */
    public static DevelopmentFactors averaged(Triangle triangle, DevelopmentAverage average, double whereNone) {
        LinkRatios ratios = LinkRatios.of(triangle, average);
        double[] factors = new double[ratios.columns()];
        for (int k = 0; k < factors.length; k++) {
            factors[k] = ratios.count(k) == 0 ? whereNone : ratios.average(k);
        }
        return of(factors);
    }

    /** These factors with the one from column {@code k} to {@code k + 1} replaced, e.g. by the actuary's selection. */
    public DevelopmentFactors withFactor(int column, double factor) {
        if (column < 0 || column >= factors.length) {
            throw new IndexOutOfBoundsException("factor " + column + " outside 0.." + (factors.length - 1));
        }
        if (!Double.isFinite(factor)) {
            throw new IllegalArgumentException("development factors must be finite: " + factor);
        }
        double[] changed = factors.clone();
        changed[column] = factor;
        return new DevelopmentFactors(changed, tail, cdfFloor);
    }

    /** Each factor rounded half-up to {@code decimals} places, as many published exhibits do before cumulating. */
    public DevelopmentFactors roundedTo(int decimals) {
        double[] rounded = new double[factors.length];
        for (int k = 0; k < factors.length; k++) {
            rounded[k] = BigDecimal.valueOf(factors[k]).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
        }
        return new DevelopmentFactors(rounded, tail, cdfFloor);
    }

    /** A given tail factor beyond the last column (no Mack variability). */
    public DevelopmentFactors withTail(double tailFactor) {
        return withTail(TailFactor.of(tailFactor));
    }

    public DevelopmentFactors withTail(TailFactor tailFactor) {
        return new DevelopmentFactors(factors, tailFactor, cdfFloor);
    }

    /**
     * CDFs below {@code floor} are raised to it (e.g. 1.0 for reported claims, so that downward
     * development of case reserves does not produce negative IBNR).
     */
    public DevelopmentFactors withCdfFloor(double floor) {
        return new DevelopmentFactors(factors, tail, floor);
    }

    /** Number of link factors (columns − 1). */
    public int size() {
        return factors.length;
    }

    /** Link factor from column {@code k} to {@code k + 1}. */
    public double factor(int k) {
        return factors[k];
    }

    public double[] factors() {
        return factors.clone();
    }

    public TailFactor tail() {
        return tail;
    }

    /** Link factors followed by the tail factor, as tables "including tail" show them. */
    public double[] factorsIncludingTail() {
        double[] all = Arrays.copyOf(factors, factors.length + 1);
        all[factors.length] = tail.factor();
        return all;
    }

    /**
     * CDF from column {@code k} to ultimate: {@code f[k] × … × f[last] × tail}, subject to the floor. Chained from the
     * tail back to column {@code k}, each step multiplying the CDF of the next column, unrounded.
     */
    public double cumulativeToUltimate(int column) {
        if (column < 0 || column > factors.length) {
            throw new IndexOutOfBoundsException("column " + column + " outside 0.." + factors.length);
        }
        double cdf = tail.factor();
        for (int k = factors.length - 1; k >= column; k--) {
            cdf *= factors[k];
        }
        return Math.max(cdf, cdfFloor);
    }

    /** CDFs to ultimate for every column, column 0 first; the last entry is the tail factor. */
    public double[] cumulativeToUltimate() {
        double[] cdfs = new double[factors.length + 1];
        for (int k = 0; k < cdfs.length; k++) {
            cdfs[k] = cumulativeToUltimate(k);
        }
        return cdfs;
    }

    /** Share of the ultimate expected to be paid (reported) by column {@code k}: 1 / CDF. */
    public double completionFactor(int column) {
        return 1.0 / cumulativeToUltimate(column);
    }

    /** Completion factors for every column (lag), lag 0 (or development 1) first. */
    public double[] completionFactors() {
        double[] completion = new double[factors.length + 1];
        for (int k = 0; k < completion.length; k++) {
            completion[k] = completionFactor(k);
        }
        return completion;
    }

    @Override
    public String toString() {
        return "DevelopmentFactors" + Arrays.toString(factors) + " tail " + tail.factor();
    }
}
