package org.huzhu.reports.reserving;

/**
 * How the link ratios {@code F[i][k] = C[i][k+1] / C[i][k]} of a development column are averaged into its factor:
 * {@code f[k] = Σ w[i] F[i][k] / Σ w[i]} with the weight {@code w[i] = C[i][k]^α} (Mack 1993 and 1999; α = 1 is
 * his chain-ladder estimator, α = 0 the plain mean).
 */
public enum Weighting {

    /** Volume-weighted, α = 1: {@code Σ C[i][k+1] / Σ C[i][k]}. */
    VOLUME(1),

    /** Simple (arithmetic) average of the link ratios, α = 0: each ratio counts once, whatever its amount. */
    SIMPLE(0);

    private final int alpha;

    Weighting(int alpha) {
        this.alpha = alpha;
    }

    /** The exponent α of the weight {@code C[i][k]^α}. */
    public int alpha() {
        return alpha;
    }

    /**
     * A link ratio times its weight, {@code from^α × to / from}: for the volume weighting the later amount itself,
     * so that {@code Σ C[i][k+1] / Σ C[i][k]} is summed as written, without dividing and multiplying back.
     */
    public double weightedRatio(double from, double to) {
        return alpha == 1 ? to : to / from;
    }

    /** The weight of a link ratio developing from {@code amount} (positive). */
    public double weight(double amount) {
        return alpha == 1 ? amount : 1.0;
    }
}
