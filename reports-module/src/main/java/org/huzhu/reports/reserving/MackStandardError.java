package org.huzhu.reports.reserving;

import java.util.ArrayList;
import java.util.List;

/**
 * Mack's distribution-free standard error of chain-ladder reserves (Mack 1993), computed with the
 * recursion of Mack (1999) so that a tail factor with its own σ and standard error can be included.
 *
 * <p>Model: volume-weighted factors over all origins, and for each development step {@code k}
 * (column {@code k → k+1}):
 * <ul>
 *   <li>{@code σ²[k] = Σ C[i][k] (C[i][k+1]/C[i][k] − f[k])² / (n[k] − 1)} over the {@code n[k]}
 *       origins observed at both columns; steps with {@code n[k] < 2} are extrapolated
 *       ({@link SigmaExtrapolation});</li>
 *   <li>standard error of the factor {@code s.e.(f[k]) = σ[k] / √(Σ C[i][k])} over the same origins;</li>
 *   <li>standard error of an origin's individual factor {@code s.e.(F[i][k]) = σ[k] / √Ĉ[i][k]}
 *       (completed triangle).</li>
 * </ul>
 * Per origin, from its latest column {@code L} to ultimate:
 * {@code process' = process·f² + Ĉ[i][k]·σ²[k]} and {@code parameter' = parameter·f² + Ĉ[i][k]²·s.e.(f[k])²}.
 * The total reserve's parameter error adds {@code (Σ Ĉ[i][k])²·s.e.(f[k])²} over the origins still
 * developing at step {@code k}; the difference to the sum of per-origin parameter errors is the
 * covariance between origins (they share the estimated factors), see {@link #totalCovariance()}.
 *
 * <p>{@link #estimate(Triangle, SigmaExtrapolation, DevelopmentAverage, DevelopmentFactors)} generalises this to
 * other averages (latest diagonals, simple average, highest and lowest ratio left out) and to selected factors.
 *
 * <p>A present tail adds one further step after the last column with factor, σ and s.e. as given,
 * applied to every origin including the fully developed one.
 */
public final class MackStandardError {

    private final ChainLadder chainLadder;
    private final SigmaExtrapolation extrapolation;
    private final int alpha;
    private final int steps;
    private final double[] factor;
    private final double[] sigmaSquared;
    private final boolean[] sigmaExtrapolated;
    private final double[] factorStandardError;
    private final double[] processVariance;
    private final double[] parameterVariance;
    private final double totalParameterVariance;

    private MackStandardError(Triangle triangle, SigmaExtrapolation extrapolation, DevelopmentAverage average,
                              DevelopmentFactors selected) {
        LinkRatios ratios = LinkRatios.of(triangle, average);
        TailFactor tail = selected.tail();
        this.chainLadder = ChainLadder.project(triangle, selected);
        this.extrapolation = extrapolation;
        this.alpha = average.weighting().alpha();
        int links = selected.size();
        this.steps = links + (tail.isPresent() ? 1 : 0);
        this.factor = new double[steps];
        this.sigmaSquared = new double[steps];
        this.sigmaExtrapolated = new boolean[steps];
        this.factorStandardError = new double[steps];

        for (int k = 0; k < links; k++) {
            factor[k] = selected.factor(k);
            double estimate = ratios.average(k);
            double weightedSquares = 0.0;
            for (int i = 0; i < triangle.originCount(); i++) {
                if (ratios.isUsed(i, k)) {
                    double deviation = ratios.ratio(i, k) - estimate;
                    weightedSquares += ratios.weight(i, k) * deviation * deviation;
                }
            }
            if (ratios.count(k) >= 2) {
                sigmaSquared[k] = weightedSquares / (ratios.count(k) - 1);
            } else {
                sigmaExtrapolated[k] = true;
            }
        }
        extrapolateSigmas(links);
        for (int k = 0; k < links; k++) {
            factorStandardError[k] = Math.sqrt(sigmaSquared[k] / ratios.weightSum(k));
        }
        if (tail.isPresent()) {
            factor[links] = tail.factor();
            sigmaSquared[links] = tail.sigma() * tail.sigma();
            factorStandardError[links] = tail.standardError();
        }

        int origins = triangle.originCount();
        this.processVariance = new double[origins];
        this.parameterVariance = new double[origins];
        double totalParameter = 0.0;
        for (int k = 0; k < steps; k++) {
            double developing = 0.0;
            for (int i = 0; i < origins; i++) {
                if (triangle.latestColumn(i) <= k) {
                    double c = amountBeforeStep(i, k);
                    processVariance[i] = processVariance[i] * factor[k] * factor[k] + stepVariance(c, k);
                    parameterVariance[i] = parameterVariance[i] * factor[k] * factor[k]
                            + c * c * factorStandardError[k] * factorStandardError[k];
                    developing += c;
                }
            }
            totalParameter = totalParameter * factor[k] * factor[k]
                    + developing * developing * factorStandardError[k] * factorStandardError[k];
        }
        this.totalParameterVariance = totalParameter;
    }

    /** Mack standard errors without a tail. */
    public static MackStandardError estimate(Triangle triangle, SigmaExtrapolation extrapolation) {
        return estimate(triangle, extrapolation, TailFactor.none());
    }

    /** Mack standard errors with a given tail factor (Mack 1999). */
    public static MackStandardError estimate(Triangle triangle, SigmaExtrapolation extrapolation, TailFactor tail) {
        return estimate(triangle, extrapolation, DevelopmentAverage.volumeWeighted(),
                DevelopmentFactors.volumeWeighted(triangle).withTail(tail));
    }

    /**
     * Mack standard errors of a projection with selected factors: {@code average} says which link ratios estimate σ²
     * and the factors' standard errors, {@code selected} (the average, possibly with some factors overridden, and its
     * tail) is what the reserve is projected with. σ²[k] is the weighted scatter of the used ratios around their own
     * average, {@code Σ w (F − f̂)² / (n − 1)} with {@code w = C^α}; {@code s.e.(f[k])² = σ²[k] / Σ w}; the process
     * variance a step adds is {@code C^(2−α) σ²[k]} (Mack 1999: for the simple average α = 0, C² σ²). An overridden
     * factor keeps the σ² and standard error of the average it replaces.
     */
    public static MackStandardError estimate(Triangle triangle, SigmaExtrapolation extrapolation, DevelopmentAverage average,
                                             DevelopmentFactors selected) {
        return new MackStandardError(triangle, extrapolation, average, selected);
    }

    /** The process variance step {@code k} adds to an amount {@code c}: c^(2−α) σ²; the tail's step c σ². */
    private double stepVariance(double c, int step) {
        boolean tailStep = step >= chainLadder.triangle().columnCount() - 1;
        return (alpha == 1 || tailStep ? c : c * c) * sigmaSquared[step];
    }

    private void extrapolateSigmas(int links) {
        if (extrapolation == SigmaExtrapolation.MACK) {
            for (int k = 0; k < links; k++) {
                if (sigmaExtrapolated[k]) {
                    if (k < 2) {
                        throw new IllegalArgumentException("Mack's rule for σ² at development step " + k
                                + " needs two earlier steps");
                    }
                    double previous = sigmaSquared[k - 1];
                    double beforePrevious = sigmaSquared[k - 2];
                    double ratio = beforePrevious == 0.0 ? 0.0 : previous * previous / beforePrevious;
                    sigmaSquared[k] = Math.min(ratio, Math.min(beforePrevious, previous));
                }
            }
            return;
        }
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < links; k++) {
            if (!sigmaExtrapolated[k] && sigmaSquared[k] > 0.0) {
                points.add(new double[] {k, 0.5 * Math.log(sigmaSquared[k])});
            }
        }
        boolean needed = false;
        for (int k = 0; k < links; k++) {
            needed |= sigmaExtrapolated[k];
        }
        if (!needed) {
            return;
        }
        if (points.size() < 2) {
            throw new IllegalArgumentException("log-linear extrapolation of σ needs at least two positive estimates");
        }
        double meanX = 0.0;
        double meanY = 0.0;
        for (double[] p : points) {
            meanX += p[0];
            meanY += p[1];
        }
        meanX /= points.size();
        meanY /= points.size();
        double sxy = 0.0;
        double sxx = 0.0;
        for (double[] p : points) {
            sxy += (p[0] - meanX) * (p[1] - meanY);
            sxx += (p[0] - meanX) * (p[0] - meanX);
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        for (int k = 0; k < links; k++) {
            if (sigmaExtrapolated[k]) {
                double logSigma = intercept + slope * k;
                sigmaSquared[k] = Math.exp(2.0 * logSigma);
            }
        }
    }

    /** Amount of origin {@code i} entering step {@code k}: the completed triangle, or its last column for the tail. */
    private double amountBeforeStep(int originIndex, int step) {
        int lastColumn = chainLadder.triangle().columnCount() - 1;
        return chainLadder.projected(originIndex, Math.min(step, lastColumn));
    }

    public ChainLadder chainLadder() {
        return chainLadder;
    }

    public SigmaExtrapolation sigmaExtrapolation() {
        return extrapolation;
    }

    /** Development steps: one per link factor, plus one for a present tail. */
    public int stepCount() {
        return steps;
    }

    /** Factor of a step (the link factor, or the tail factor for the tail step). */
    public double factor(int step) {
        return factor[step];
    }

    public double sigmaSquared(int step) {
        return sigmaSquared[step];
    }

    public double sigma(int step) {
        return Math.sqrt(sigmaSquared[step]);
    }

    /** True where σ² was extrapolated rather than estimated from at least two link ratios. */
    public boolean isSigmaExtrapolated(int step) {
        return sigmaExtrapolated[step];
    }

    /** Standard error of the estimated factor of a step. */
    public double factorStandardError(int step) {
        return factorStandardError[step];
    }

    /** Standard error of origin {@code i}'s individual development factor at a step: σ / √Ĉ. */
    public double individualFactorStandardError(int originIndex, int step) {
        return sigma(step) / Math.sqrt(amountBeforeStep(originIndex, step));
    }

    /** Process (random) part of an origin's Mack standard error. */
    public double processStandardError(int originIndex) {
        return Math.sqrt(processVariance[originIndex]);
    }

    /** Parameter (estimation) part of an origin's Mack standard error. */
    public double parameterStandardError(int originIndex) {
        return Math.sqrt(parameterVariance[originIndex]);
    }

    /** Mack standard error (root mean squared error) of an origin's ultimate, equally of its reserve. */
    public double standardError(int originIndex) {
        return Math.sqrt(processVariance[originIndex] + parameterVariance[originIndex]);
    }

    public double[] standardErrors() {
        double[] se = new double[processVariance.length];
        for (int i = 0; i < se.length; i++) {
            se[i] = standardError(i);
        }
        return se;
    }

    /** Coefficient of variation of an origin's reserve (s.e. / reserve); NaN for a zero reserve. */
    public double coefficientOfVariation(int originIndex) {
        double reserve = chainLadder.reserve(originIndex);
        return reserve == 0.0 ? Double.NaN : standardError(originIndex) / reserve;
    }

    public double totalProcessStandardError() {
        double sum = 0.0;
        for (double v : processVariance) {
            sum += v;
        }
        return Math.sqrt(sum);
    }

    /** Parameter error of the total reserve, including the covariance between origins. */
    public double totalParameterStandardError() {
        return Math.sqrt(totalParameterVariance);
    }

    /**
     * The covariance term of the total mean squared error: parameter variance of the total minus
     * the sum of the origins' parameter variances (Mack 1993, 2·Σ_{i<j} Ĉ_i Ĉ_j Σ_k σ²_k/f²_k/ΣC_k).
     */
    public double totalCovariance() {
        double sum = 0.0;
        for (double v : parameterVariance) {
            sum += v;
        }
        return totalParameterVariance - sum;
    }

    /**
     * Mack standard error of the summed reserve of some origins only (covariance between them included): the
     * recursion of the total's parameter error run over the chosen origins, plus their process variances. With
     * every origin chosen it equals {@link #totalStandardError()}.
     */
    public double totalStandardError(java.util.function.IntPredicate origins) {
        double process = 0.0;
        for (int i = 0; i < processVariance.length; i++) {
            if (origins.test(i)) {
                process += processVariance[i];
            }
        }
        Triangle triangle = chainLadder.triangle();
        double parameter = 0.0;
        for (int k = 0; k < steps; k++) {
            double developing = 0.0;
            for (int i = 0; i < triangle.originCount(); i++) {
                if (origins.test(i) && triangle.latestColumn(i) <= k) {
                    developing += amountBeforeStep(i, k);
                }
            }
            parameter = parameter * factor[k] * factor[k] + developing * developing * factorStandardError[k] * factorStandardError[k];
        }
        return Math.sqrt(process + parameter);
    }

    /** Mack standard error of the total reserve, covariance between origins included. */
    public double totalStandardError() {
        double process = 0.0;
        for (double v : processVariance) {
            process += v;
        }
        return Math.sqrt(process + totalParameterVariance);
    }
}
