package org.huzhu.reports.reserving;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A cumulative claims development triangle: origins down, development columns across.
 *
 * <p>Cells that were not observed hold no value ({@link #isObserved} is false). Each origin's
 * observed cells must form one contiguous run of columns; a run may start after column 0 (older
 * origins whose early diagonals are no longer on file), but it may not have holes.
 */
public final class Triangle {

    /** Numeric labels ("1", "10") sort as numbers, anything else ("1981", "2001-01") as text. */
    static final Comparator<String> ORIGIN_ORDER = (a, b) -> {
        Long x = asLong(a);
        Long y = asLong(b);
        return x != null && y != null ? Long.compare(x, y) : a.compareTo(b);
    };

    private final List<String> origins;
    private final Map<String, Integer> originIndex;
    private final int firstDevelopment;
    private final double[][] cumulative;
    private final int[] firstColumn;
    private final int[] latestColumn;

    private Triangle(List<String> origins, int firstDevelopment, double[][] cumulative) {
        this.origins = List.copyOf(origins);
        this.firstDevelopment = firstDevelopment;
        this.cumulative = cumulative;
        this.originIndex = new HashMap<>();
        for (int i = 0; i < origins.size(); i++) {
            originIndex.put(origins.get(i), i);
        }
        this.firstColumn = new int[origins.size()];
        this.latestColumn = new int[origins.size()];
        for (int i = 0; i < origins.size(); i++) {
            int first = -1;
            int last = -1;
            for (int k = 0; k < cumulative[i].length; k++) {
                if (!Double.isNaN(cumulative[i][k])) {
                    if (first < 0) {
                        first = k;
                    } else if (last != k - 1) {
                        throw new IllegalArgumentException("origin " + origins.get(i) + " has a gap before development "
                                + developmentLabel(k) + "; observed cells of an origin must be contiguous");
                    }
                    last = k;
                }
            }
            firstColumn[i] = first;
            latestColumn[i] = last;
        }
    }

    /** Builds a triangle from cumulative cells (one per observed origin/development pair). */
    public static Triangle fromCumulative(Collection<TriangleCell> cells) {
        return build(cells, false);
    }

    /**
     * Builds a triangle from incremental cells (e.g. payments by incurred month and lag) by summing
     * each origin's increments along development. Every origin must be observed from the first
     * development label of the data set without holes, otherwise the cumulative amount is unknown.
     */
    public static Triangle fromIncremental(Collection<TriangleCell> cells) {
        return build(cells, true);
    }

    private static Triangle build(Collection<TriangleCell> cells, boolean incremental) {
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a triangle needs at least one observed cell");
        }
        Map<String, Map<Integer, Double>> byOrigin = new TreeMap<>(ORIGIN_ORDER);
        int minDev = Integer.MAX_VALUE;
        int maxDev = Integer.MIN_VALUE;
        for (TriangleCell cell : cells) {
            Double previous = byOrigin.computeIfAbsent(cell.origin(), o -> new HashMap<>())
                    .put(cell.development(), cell.amount());
            if (previous != null) {
                throw new IllegalArgumentException("duplicate cell for origin " + cell.origin()
                        + ", development " + cell.development());
            }
            minDev = Math.min(minDev, cell.development());
            maxDev = Math.max(maxDev, cell.development());
        }
        List<String> origins = new ArrayList<>(byOrigin.keySet());
        int columns = maxDev - minDev + 1;
        double[][] values = new double[origins.size()][columns];
        for (int i = 0; i < origins.size(); i++) {
            Arrays.fill(values[i], Double.NaN);
            Map<Integer, Double> row = byOrigin.get(origins.get(i));
            double running = 0.0;
            for (int k = 0; k < columns; k++) {
                Double amount = row.get(minDev + k);
                if (incremental) {
                    if (amount == null) {
                        if (hasLater(row, minDev + k)) {
                            throw new IllegalArgumentException("incremental amount for origin " + origins.get(i)
                                    + ", development " + (minDev + k) + " is missing but later ones are present");
                        }
                        break;
                    }
                    running += amount;
                    values[i][k] = running;
                } else if (amount != null) {
                    values[i][k] = amount;
                }
            }
        }
        return new Triangle(origins, minDev, values);
    }

    private static boolean hasLater(Map<Integer, Double> row, int development) {
        return row.keySet().stream().anyMatch(d -> d > development);
    }

    private static Long asLong(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return null;
            }
        }
        return Long.parseLong(s);
    }

    /** Origin labels, ascending. */
    public List<String> origins() {
        return Collections.unmodifiableList(origins);
    }

    public String origin(int originIndex) {
        return origins.get(originIndex);
    }

    /** Position of an origin label, or an exception naming the label if it is not in the triangle. */
    public int indexOf(String origin) {
        Integer index = originIndex.get(origin);
        if (index == null) {
            throw new IllegalArgumentException("origin " + origin + " is not in the triangle " + origins);
        }
        return index;
    }

    public int originCount() {
        return origins.size();
    }

    /** Number of development columns (from the first to the last development label in the data). */
    public int columnCount() {
        return cumulative.length == 0 ? 0 : cumulative[0].length;
    }

    /** Development label of column 0: 1 for annual triangles, 0 for monthly payment lags. */
    public int firstDevelopment() {
        return firstDevelopment;
    }

    /** Development label (as written in the data) of a 0-based column. */
    public int developmentLabel(int column) {
        return firstDevelopment + column;
    }

    public boolean isObserved(int originIndex, int column) {
        return !Double.isNaN(cumulative[originIndex][column]);
    }

    /** Cumulative amount of an observed cell. */
    public double value(int originIndex, int column) {
        double v = cumulative[originIndex][column];
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("cell origin " + origins.get(originIndex) + ", development "
                    + developmentLabel(column) + " is not observed");
        }
        return v;
    }

    /** First observed column of an origin, or -1 if it has no observed cell. */
    public int firstColumn(int originIndex) {
        return firstColumn[originIndex];
    }

    /** Column of the latest diagonal for an origin, or -1 if it has no observed cell. */
    public int latestColumn(int originIndex) {
        return latestColumn[originIndex];
    }

    /** Latest cumulative amount (the current diagonal) of an origin. */
    public double latest(int originIndex) {
        int k = latestColumn[originIndex];
        if (k < 0) {
            throw new IllegalStateException("origin " + origins.get(originIndex) + " has no observed cell");
        }
        return cumulative[originIndex][k];
    }

    public double totalLatest() {
        double sum = 0.0;
        for (int i = 0; i < originCount(); i++) {
            sum += latest(i);
        }
        return sum;
    }

    /** Calendar period of a cell, counted from the first origin's column 0. */
    public int calendarPeriod(int originIndex, int column) {
        return originIndex + column;
    }

    /** The latest calendar period with an observed cell (the current valuation diagonal). */
    public int lastCalendarPeriod() {
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < originCount(); i++) {
            if (latestColumn[i] >= 0) {
                last = Math.max(last, calendarPeriod(i, latestColumn[i]));
            }
        }
        return last;
    }

    /**
     * Puts amounts given by origin label (premium, members, a-priori ultimates) in the triangle's
     * origin order; every origin of the triangle must be present.
     */
    public double[] alignToOrigins(Map<String, Double> amountsByOrigin) {
        double[] aligned = new double[originCount()];
        for (int i = 0; i < aligned.length; i++) {
            Double amount = amountsByOrigin.get(origins.get(i));
            if (amount == null) {
                throw new IllegalArgumentException("no amount given for origin " + origins.get(i));
            }
            aligned[i] = amount;
        }
        return aligned;
    }
}
