package org.huzhu.reports.reserving;

/**
 * Chain-ladder projection of a cumulative triangle with given development factors:
 * {@code ultimate[i] = latest[i] × CDF(latest column of i)}, reserve (IBNR in the chain-ladder
 * sense) = ultimate − latest. A tail factor applies to every origin, the oldest included.
 */
public final class ChainLadder {

    private final Triangle triangle;
    private final DevelopmentFactors factors;
    private final double[][] projected;
    private final double[] ultimate;

    private ChainLadder(Triangle triangle, DevelopmentFactors factors) {
        if (factors.size() != triangle.columnCount() - 1) {
            throw new IllegalArgumentException("triangle has " + triangle.columnCount() + " columns but "
                    + factors.size() + " development factors were given (need columns − 1)");
        }
        this.triangle = triangle;
        this.factors = factors;
        int n = triangle.columnCount();
        this.projected = new double[triangle.originCount()][n];
        this.ultimate = new double[triangle.originCount()];
        for (int i = 0; i < triangle.originCount(); i++) {
            int latest = triangle.latestColumn(i);
            if (latest < 0) {
                throw new IllegalArgumentException("origin " + triangle.origin(i) + " has no observed cell");
            }
            for (int k = 0; k < n; k++) {
                if (k < triangle.firstColumn(i)) {
                    projected[i][k] = Double.NaN;
                } else if (k <= latest) {
                    projected[i][k] = triangle.value(i, k);
                } else {
                    projected[i][k] = projected[i][k - 1] * factors.factor(k - 1);
                }
            }
            ultimate[i] = triangle.latest(i) * factors.cumulativeToUltimate(latest);
        }
    }

    /** Projects with the volume-weighted all-origin factors of the triangle itself and no tail. */
    public static ChainLadder volumeWeighted(Triangle triangle) {
        return project(triangle, DevelopmentFactors.volumeWeighted(triangle));
    }

    public static ChainLadder project(Triangle triangle, DevelopmentFactors factors) {
        return new ChainLadder(triangle, factors);
    }

    public Triangle triangle() {
        return triangle;
    }

    public DevelopmentFactors developmentFactors() {
        return factors;
    }

    /**
     * The completed ("squared") triangle before the tail: observed cells as they are, future cells
     * projected with the link factors; cells before an origin's first observation are NaN.
     */
    public double projected(int originIndex, int column) {
        return projected[originIndex][column];
    }

    public double latest(int originIndex) {
        return triangle.latest(originIndex);
    }

    /** CDF applied to an origin's latest diagonal. */
    public double cumulativeToUltimate(int originIndex) {
        return factors.cumulativeToUltimate(triangle.latestColumn(originIndex));
    }

    public double ultimate(int originIndex) {
        return ultimate[originIndex];
    }

    /** Reserve (IBNR in the chain-ladder sense) = ultimate − latest diagonal. */
    public double reserve(int originIndex) {
        return ultimate[originIndex] - latest(originIndex);
    }

    public double[] ultimates() {
        return ultimate.clone();
    }

    public double[] reserves() {
        double[] reserves = new double[ultimate.length];
        for (int i = 0; i < reserves.length; i++) {
            reserves[i] = reserve(i);
        }
        return reserves;
    }

    public double totalLatest() {
        return triangle.totalLatest();
    }

    public double totalUltimate() {
        double sum = 0.0;
        for (double u : ultimate) {
            sum += u;
        }
        return sum;
    }

    public double totalReserve() {
        double sum = 0.0;
        for (int i = 0; i < ultimate.length; i++) {
            sum += reserve(i);
        }
        return sum;
    }
}
