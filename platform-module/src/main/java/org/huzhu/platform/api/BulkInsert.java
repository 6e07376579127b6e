package org.huzhu.platform.api;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Inserts many rows into one table: PostgreSQL's {@code COPY ... FROM STDIN} on PostgreSQL (one round trip, no
 * statement per row), a JDBC batch elsewhere (H2 in evaluation mode). Values are strings, numbers, booleans,
 * {@link LocalDate}s, enums (their names) or null; the rows go in the caller's transaction.
 */
public final class BulkInsert {

    private static final int BATCH = 5_000;
    private static final int COPY_CHUNK = 50_000;

    private BulkInsert() {
    }

    /** Writes the rows into {@code table (columns...)} and returns how many were written. */
    public static int into(Connection connection, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        org.postgresql.PGConnection postgres = postgres(connection);
        if (postgres != null) {
            String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)";
            for (int from = 0; from < rows.size(); from += COPY_CHUNK) {
                StringBuilder text = new StringBuilder();
                for (Object[] row : rows.subList(from, Math.min(rows.size(), from + COPY_CHUNK))) {
                    csvLine(text, row);
                }
                try {
                    postgres.getCopyAPI().copyIn(sql, new StringReader(text.toString()));
                } catch (IOException e) {
                    throw new SQLException("COPY into " + table + " failed", e);
                }
            }
            return rows.size();
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
        try (PreparedStatement insert = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
                + ") values (" + placeholders + ")")) {
            int pending = 0;
            for (Object[] row : rows) {
                Jdbc.bind(insert, row);
                insert.addBatch();
                if (++pending % BATCH == 0) {
                    Jdbc.executeBatch(insert);
                }
            }
            Jdbc.executeBatch(insert);
        }
        return rows.size();
    }

    static void csvLine(StringBuilder text, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            Object value = row[i];
            if (value == null) {
                continue;
            }
            if (value instanceof Boolean flag) {
                text.append(flag ? 't' : 'f');
            } else if (value instanceof BigDecimal number) {
                text.append(number.toPlainString());
            } else if (value instanceof Number || value instanceof LocalDate) {
                text.append(value);
            } else {
                String string = value instanceof Enum<?> constant ? constant.name() : value.toString();
                text.append('"');
                for (int c = 0; c < string.length(); c++) {
                    char ch = string.charAt(c);
                    if (ch == '"') {
                        text.append('"');
                    }
                    text.append(ch);
                }
                text.append('"');
            }
        }
        text.append('\n');
    }

    private static org.postgresql.PGConnection postgres(Connection connection) {
        try {
            return connection.isWrapperFor(org.postgresql.PGConnection.class) ? connection.unwrap(org.postgresql.PGConnection.class) : null;
        } catch (SQLException | NoClassDefFoundError notPostgres) {
            return null;
        }
    }
}
