package org.huzhu.reports.output;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One table of the report in a format-neutral shape: translated title and headers, and rows of cells. The
 * first column labels the row and is text. A cell is text ({@link String}), a number ({@link BigDecimal} or
 * {@link Long}, shown in its column's format), a {@link Value} (a number with its own format, for tables whose
 * rows mix counts, money and ratios) or {@code null} (blank).
 *
 * @param id      stable name, used for CSV files and as the key of the XLSX sheet name
 * @param title   translated title
 * @param columns the columns; the first is the row label
 * @param rows    the rows, each as long as {@code columns}
 */
public record ReportTable(String id, String title, List<Column> columns, List<List<Object>> rows) {

    public ReportTable {
        Objects.requireNonNull(id, "id");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least its label column");
        }
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": a row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** A column: its translated header and the format of its numbers. */
    public record Column(String header, Format format) {
    }

    /** A number that brings its own format. */
    public record Value(BigDecimal number, Format format) {
    }

    /** How numbers are shown in the PDF and XLSX (CSV always writes plain numbers). */
    public enum Format {
        TEXT(null),
        COUNT("#,##0"),
        AMOUNT("#,##0.00"),
        DECIMAL("#,##0.0"),
        RATIO("0.0%"),
        FACTOR("0.0000"),
        LINK_FACTOR("0.000000");

        private final String pattern;

        Format(String pattern) {
            this.pattern = pattern;
        }

        /** The {@link java.text.DecimalFormat} pattern, {@code null} for text. */
        public String pattern() {
            return pattern;
        }
    }

    /** The number in a cell, or {@code null} if the cell is text or blank. */
    public static BigDecimal number(Object cell) {
        if (cell instanceof Value value) {
            return value.number();
        }
        if (cell instanceof BigDecimal decimal) {
            return decimal;
        }
        if (cell instanceof Long || cell instanceof Integer) {
            return BigDecimal.valueOf(((Number) cell).longValue());
        }
        return null;
    }

    /** The format of a cell in the given column. */
    public Format format(Object cell, int column) {
        return cell instanceof Value value ? value.format() : columns.get(column).format();
    }
}
