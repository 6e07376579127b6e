package org.huzhu.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.huzhu.reports.reserving.ChainLadder;
import org.huzhu.reports.reserving.CompletionFactors;
import org.huzhu.reports.reserving.MackStandardError;
import org.huzhu.reports.reserving.SigmaExtrapolation;
import org.huzhu.reports.reserving.Triangle;
import org.huzhu.reports.reserving.TriangleCell;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reserving library on a monthly paid-lag triangle of the size the monthly summary uses (36 months of
 * service × 36 lags, as the city generator's 36 months of history give) and on a small 10×10 one: building the
 * triangle from incremental cells, chain ladder, Mack's standard error and completion factors.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ReservingBenchmark {

    @Param({"10", "36"})
    int months;

    private List<TriangleCell> cells;
    private Triangle triangle;

    @Setup
    public void setUp() {
        Random random = new Random(36);
        cells = new ArrayList<>();
        for (int origin = 0; origin < months; origin++) {
            double volume = 1_000_000 * (1 + 0.1 * random.nextGaussian());
            for (int lag = 0; lag < months - origin; lag++) {
                // payment pattern: mostly within 1–3 months, with a tail
                double share = lag == 0 ? 0.15 : 0.85 * Math.exp(-lag / 2.0) * (1 - Math.exp(-0.5));
                cells.add(new TriangleCell(String.format("M%02d", origin), lag, volume * share * (1 + 0.05 * random.nextGaussian())));
            }
        }
        triangle = Triangle.fromIncremental(cells);
    }

    @Benchmark
    public Triangle buildFromIncrementalCells() {
        return Triangle.fromIncremental(cells);
    }

    @Benchmark
    public double chainLadderReserve() {
        return ChainLadder.volumeWeighted(triangle).totalReserve();
    }

    @Benchmark
    public MackStandardError mackStandardError() {
        return MackStandardError.estimate(triangle, SigmaExtrapolation.MACK);
    }

    @Benchmark
    public double[] completionFactors() {
        return CompletionFactors.allPeriods(triangle).byLag();
    }
}
