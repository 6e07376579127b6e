package org.huzhu.platform.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.postgresql.copy.CopyManager;

/**
 * Rows for one table in PostgreSQL's {@code COPY} text format, sent in one {@code COPY ... FROM STDIN}: tab between
 * values, newline after each row, {@code \N} for null, and backslash, tab, newline and carriage return escaped.
 * Values are written as the JDBC driver would send them: numbers exactly, dates and timestamps in ISO form.
 */
public final class CopyRows {

    private final String sql;
    private final StringBuilder text = new StringBuilder();
    private int rows;
    /** Per column, the last date written and its text: a bulk write's rows mostly share their dates (written once each). */
    private LocalDate[] lastDates = new LocalDate[0];
    private String[] lastDateTexts = new String[0];

    /** For {@code table (column, ...)}. */
    public CopyRows(String tableAndColumns) {
        sql = "copy " + tableAndColumns + " from stdin";
    }

    public void add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            if (values[i] instanceof LocalDate date) {
                text.append(dateText(i, date));
            } else {
                append(text, values[i]);
            }
        }
        text.append('\n');
        rows++;
    }

    /** Sends the rows added since the last call, if any, and checks that the server took every one. */
    public void copy(CopyManager copy) throws SQLException {
        if (rows == 0) {
            return;
        }
        long copied;
        try {
            copied = copy.copyIn(sql, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new SQLException("could not stream the rows of " + sql, e);
        }
        if (copied != rows) {
            throw new SQLException(sql + " took " + copied + " of " + rows + " rows");
        }
        text.setLength(0);
        rows = 0;
    }

    private String dateText(int column, LocalDate date) {
        if (column >= lastDates.length) {
            lastDates = java.util.Arrays.copyOf(lastDates, column + 1);
            lastDateTexts = java.util.Arrays.copyOf(lastDateTexts, column + 1);
        }
        if (!date.equals(lastDates[column])) {
            lastDates[column] = date;
            lastDateTexts[column] = date.toString();
        }
        return lastDateTexts[column];
    }

    /** What the rows added so far look like in the COPY text format. */
    public String text() {
        return text.toString();
    }

    private static void append(StringBuilder text, Object value) {
        String literal = literal(value);
        if (literal == null) {
            text.append("\\N");
        } else {
            escape(text, literal);
        }
    }

    /** A value as PostgreSQL reads it from text (null stays null): numbers in full, dates and timestamps in ISO form. */
    public static String literal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof Timestamp at) {
            java.time.LocalDateTime local = at.toLocalDateTime();
            return local.toLocalDate() + " " + local.toLocalTime();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    private static void escape(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
