package org.huzhu.platform.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Inserts many rows into one table: PostgreSQL's {@code COPY ... FROM STDIN} on PostgreSQL ({@link CopyRows}: one round
 * trip per 50,000 rows, no statement per row), a JDBC batch elsewhere (H2 in evaluation mode). Values are strings, numbers, booleans,
 * {@code LocalDate}s, enums (their names) or null; the rows go in the caller's transaction.
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
        java.util.Optional<org.postgresql.copy.CopyManager> copy = Postgres.copy(connection);
        if (copy.isPresent()) {
            CopyRows copied = new CopyRows(table + " (" + String.join(", ", columns) + ")");
            int pending = 0;
            for (Object[] row : rows) {
                copied.add(row);
                if (++pending % COPY_CHUNK == 0) {
                    copied.copy(copy.get());
                }
            }
            copied.copy(copy.get());
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

}
