package org.huzhu.reports.reserving;

/**
 * Development beyond the last column of the triangle, selected by the actuary (not estimated here).
 *
 * <p>{@code factor} multiplies every origin's last-column amount, including the oldest origin.
 * For Mack's standard error (Mack 1999) the tail step needs its own {@code sigma} (process
 * variability, as σ not σ²) and {@code standardError} (estimation error of the factor); a tail
 * with both zero is treated as known with certainty.
 */
public record TailFactor(double factor, double sigma, double standardError) {

    private static final TailFactor NONE = new TailFactor(1.0, 0.0, 0.0);

    public TailFactor {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("tail factor must be a positive number: " + factor);
        }
        if (!(sigma >= 0) || !(standardError >= 0)) {
            throw new IllegalArgumentException("tail sigma and standard error must be >= 0: " + sigma + ", "
                    + standardError);
        }
    }

    /** No tail: the last column is ultimate. */
    public static TailFactor none() {
        return NONE;
    }

    /** A tail factor without variability (contributes no extra Mack error beyond scaling). */
    public static TailFactor of(double factor) {
        return new TailFactor(factor, 0.0, 0.0);
    }

    /** A tail factor with Mack (1999) σ and standard error. */
    public static TailFactor of(double factor, double sigma, double standardError) {
        return new TailFactor(factor, sigma, standardError);
    }

    /** Whether there is a tail step at all (a factor other than 1 or any variability). */
    public boolean isPresent() {
        return factor != 1.0 || sigma != 0.0 || standardError != 0.0;
    }
}
