package org.huzhu.reports.reserving;

/**
 * Completion-factor view of a paid lag triangle, the way health claims reserves are usually shown:
 * the completion factor of lag {@code k} is the share of the ultimate paid by that lag
 * ({@code 1 / CDF}); estimated incurred = paid to date / completion factor; IBNR = estimated
 * incurred − paid to date.
 *
 * <p>Completion factors above 1 (payments expected to fall, e.g. recoveries in recent months) give
 * negative IBNR; they are kept as estimated and not floored here.
 */
public final class CompletionFactors {

    private final Triangle paid;
    private final DevelopmentFactors factors;

    private CompletionFactors(Triangle paid, DevelopmentFactors factors) {
        if (factors.size() != paid.columnCount() - 1) {
            throw new IllegalArgumentException("triangle has " + paid.columnCount() + " lags but "
                    + factors.size() + " link ratios were given (need lags − 1)");
        }
        this.paid = paid;
        this.factors = factors;
    }

    /** Completion factors from given (selected) link ratios. */
    public static CompletionFactors of(Triangle paid, DevelopmentFactors factors) {
        return new CompletionFactors(paid, factors);
    }

    /** Completion factors from volume-weighted link ratios over all incurred months. */
    public static CompletionFactors allPeriods(Triangle paid) {
        return of(paid, DevelopmentFactors.volumeWeighted(paid));
    }

    /** Completion factors from volume-weighted link ratios over the latest {@code months} payment months. */
    public static CompletionFactors latestPeriods(Triangle paid, int months) {
        return of(paid, DevelopmentFactors.volumeWeighted(paid, months));
    }

    public Triangle triangle() {
        return paid;
    }

    public DevelopmentFactors developmentFactors() {
        return factors;
    }

    /** Link ratio from lag column {@code k} to {@code k + 1}. */
    public double linkRatio(int lagColumn) {
        return factors.factor(lagColumn);
    }

    /** Share of the ultimate paid by lag column {@code k}. */
    public double byLag(int lagColumn) {
        return factors.completionFactor(lagColumn);
    }

    /** Completion factors for every lag column, the first lag first. */
    public double[] byLag() {
        return factors.completionFactors();
    }

    /** Completion factor applicable to an incurred month (at its latest lag). */
    public double completionFactor(int originIndex) {
        return factors.completionFactor(paid.latestColumn(originIndex));
    }

    public double paidToDate(int originIndex) {
        return paid.latest(originIndex);
    }

    public double estimatedIncurred(int originIndex) {
        return paidToDate(originIndex) / completionFactor(originIndex);
    }

    public double ibnr(int originIndex) {
        return estimatedIncurred(originIndex) - paidToDate(originIndex);
    }

    /** Estimated incurred claims per member per month, given the month's member count (member months). */
    public double incurredPerMemberPerMonth(int originIndex, double memberMonths) {
        if (!(memberMonths > 0)) {
            throw new IllegalArgumentException("member months of " + paid.origin(originIndex)
                    + " must be positive: " + memberMonths);
        }
        return estimatedIncurred(originIndex) / memberMonths;
    }

    public double totalPaidToDate() {
        return paid.totalLatest();
    }

    public double totalIbnr() {
        double sum = 0.0;
        for (int i = 0; i < paid.originCount(); i++) {
            sum += ibnr(i);
        }
        return sum;
    }
}
