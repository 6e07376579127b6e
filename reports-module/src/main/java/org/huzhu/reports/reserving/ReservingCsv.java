package org.huzhu.reports.reserving;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the plain CSV layouts used for reserving data (comma separated, header line, no quoting):
 * <ul>
 *   <li>{@code origin,dev,cumulative} — cumulative triangle, one row per observed cell;</li>
 *   <li>{@code incurred_month,lag,paid_incremental} — incremental payments by incurred month and lag;</li>
 *   <li>{@code <origin column>,<amount column>} — one amount per origin (earned premium, members).</li>
 * </ul>
 */
public final class ReservingCsv {

    static final List<String> CUMULATIVE_HEADER = List.of("origin", "dev", "cumulative");
    static final List<String> INCREMENTAL_HEADER = List.of("incurred_month", "lag", "paid_incremental");

    private ReservingCsv() {
    }

    /** Reads a triangle file, choosing cumulative or incremental by its header line. */
    public static Triangle readTriangle(Path file) {
        List<String[]> rows = rows(file);
        List<String> header = List.of(rows.get(0));
        boolean incremental;
        if (header.equals(CUMULATIVE_HEADER)) {
            incremental = false;
        } else if (header.equals(INCREMENTAL_HEADER)) {
            incremental = true;
        } else {
            throw new IllegalArgumentException(file + ": unknown triangle header " + header + ", expected "
                    + CUMULATIVE_HEADER + " or " + INCREMENTAL_HEADER);
        }
        List<TriangleCell> cells = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            requireColumns(file, r, row, 3);
            try {
                cells.add(new TriangleCell(row[0].trim(), Integer.parseInt(row[1].trim()),
                        Double.parseDouble(row[2].trim())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + " line " + (r + 1) + ": " + e.getMessage(), e);
            }
        }
        return incremental ? Triangle.fromIncremental(cells) : Triangle.fromCumulative(cells);
    }

    /** Reads a two-column file {@code origin,amount} into a map in file order. */
    public static Map<String, Double> readAmountsByOrigin(Path file) {
        List<String[]> rows = rows(file);
        requireColumns(file, 0, rows.get(0), 2);
        Map<String, Double> amounts = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            requireColumns(file, r, row, 2);
            try {
                if (amounts.put(row[0].trim(), Double.parseDouble(row[1].trim())) != null) {
                    throw new IllegalArgumentException(file + " line " + (r + 1) + ": duplicate origin " + row[0]);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + " line " + (r + 1) + ": " + e.getMessage(), e);
            }
        }
        return amounts;
    }

    private static List<String[]> rows(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                String[] fields = stripped.split(",", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].trim();
                }
                rows.add(fields);
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty");
        }
        if (!rows.get(0)[0].isEmpty() && rows.get(0)[0].charAt(0) == '\uFEFF') {
            rows.get(0)[0] = rows.get(0)[0].substring(1);
        }
        return rows;
    }

    private static void requireColumns(Path file, int rowIndex, String[] row, int columns) {
        if (row.length != columns) {
            throw new IllegalArgumentException(file + " line " + (rowIndex + 1) + ": expected " + columns
                    + " columns but found " + row.length);
        }
    }
}
