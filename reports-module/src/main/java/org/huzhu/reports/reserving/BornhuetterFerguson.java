package org.huzhu.reports.reserving;

/**
 * Bornhuetter–Ferguson: the unreported (unpaid) part of an a-priori expected ultimate is added
 * to what is known:
 * {@code ultimate[i] = latest[i] + (1 − 1/CDF[i]) × aPriori[i]}, with {@code CDF[i]} the
 * development factor to ultimate at the origin's latest column (tail and floor included).
 *
 * <p>The a-priori ultimate is either given (expected claims) or an expected loss ratio times
 * earned premium.
 */
public final class BornhuetterFerguson {

    private final Triangle triangle;
    private final DevelopmentFactors factors;
    private final double[] aPriori;

    private BornhuetterFerguson(Triangle triangle, DevelopmentFactors factors, double[] aPriori) {
        if (aPriori.length != triangle.originCount()) {
            throw new IllegalArgumentException(aPriori.length + " a-priori ultimates for "
                    + triangle.originCount() + " origins");
        }
        if (factors.size() != triangle.columnCount() - 1) {
            throw new IllegalArgumentException("triangle has " + triangle.columnCount() + " columns but "
                    + factors.size() + " development factors were given (need columns − 1)");
        }
        this.triangle = triangle;
        this.factors = factors;
        this.aPriori = aPriori.clone();
    }

    /** BF with a-priori expected ultimates, in the triangle's origin order. */
    public static BornhuetterFerguson withExpectedClaims(Triangle triangle, DevelopmentFactors factors,
            double[] aPrioriUltimates) {
        return new BornhuetterFerguson(triangle, factors, aPrioriUltimates);
    }

    /** BF with one expected loss ratio per origin times earned premium (both in origin order). */
    public static BornhuetterFerguson withExpectedLossRatios(Triangle triangle, DevelopmentFactors factors,
            double[] expectedLossRatios, double[] earnedPremium) {
        if (expectedLossRatios.length != earnedPremium.length) {
            throw new IllegalArgumentException(expectedLossRatios.length + " loss ratios but "
                    + earnedPremium.length + " premiums");
        }
        double[] aPriori = new double[earnedPremium.length];
        for (int i = 0; i < aPriori.length; i++) {
            aPriori[i] = expectedLossRatios[i] * earnedPremium[i];
        }
        return new BornhuetterFerguson(triangle, factors, aPriori);
    }

    /** BF with one expected loss ratio for every origin. */
    public static BornhuetterFerguson withExpectedLossRatio(Triangle triangle, DevelopmentFactors factors,
            double expectedLossRatio, double[] earnedPremium) {
        double[] ratios = new double[earnedPremium.length];
        java.util.Arrays.fill(ratios, expectedLossRatio);
        return withExpectedLossRatios(triangle, factors, ratios, earnedPremium);
    }

    public Triangle triangle() {
        return triangle;
    }

    public DevelopmentFactors developmentFactors() {
        return factors;
    }

    public double aPrioriUltimate(int originIndex) {
        return aPriori[originIndex];
    }

    /** CDF to ultimate at the origin's latest column. */
    public double cumulativeToUltimate(int originIndex) {
        return factors.cumulativeToUltimate(triangle.latestColumn(originIndex));
    }

    /** Expected share still to emerge: 1 − 1/CDF. */
    public double percentUnreported(int originIndex) {
        return 1.0 - 1.0 / cumulativeToUltimate(originIndex);
    }

    public double latest(int originIndex) {
        return triangle.latest(originIndex);
    }

    /** Expected amount still to emerge on this triangle's basis: (1 − 1/CDF) × a-priori ultimate. */
    public double expectedUnreported(int originIndex) {
        return percentUnreported(originIndex) * aPriori[originIndex];
    }

    public double ultimate(int originIndex) {
        return latest(originIndex) + expectedUnreported(originIndex);
    }

    public double[] ultimates() {
        double[] u = new double[aPriori.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = ultimate(i);
        }
        return u;
    }

    /**
     * IBNR measured against reported claims: BF ultimate − latest reported. Pass this BF's own
     * triangle when it is the reported one; for a paid-basis BF pass the reported triangle (same
     * origins), so that case reserves are not counted as IBNR.
     */
    public double[] ibnrOver(Triangle reported) {
        if (!reported.origins().equals(triangle.origins())) {
            throw new IllegalArgumentException("reported triangle origins " + reported.origins()
                    + " differ from " + triangle.origins());
        }
        double[] ibnr = new double[aPriori.length];
        for (int i = 0; i < ibnr.length; i++) {
            ibnr[i] = ultimate(i) - reported.latest(i);
        }
        return ibnr;
    }

    public double totalUltimate() {
        double sum = 0.0;
        for (int i = 0; i < aPriori.length; i++) {
            sum += ultimate(i);
        }
        return sum;
    }
}
