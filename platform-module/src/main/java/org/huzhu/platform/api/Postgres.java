package org.huzhu.platform.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Whether a connection of the pool is PostgreSQL's (production), whose driver also streams rows with
 * {@code COPY}; H2 (evaluation mode) answers no, and so does a server whose libraries lack the driver.
 */
public final class Postgres {

    private Postgres() {
    }

    public static boolean is(Connection connection) throws SQLException {
        return copy(connection).isPresent();
    }

    /**
     * Refreshes the planner's statistics of tables just rewritten in bulk, on PostgreSQL (autovacuum may be off, and
     * runs late after a bulk job anyway): tables whose statistics still describe them before the job get plans made
     * for another size. Inside the caller's transaction, which counts its own rows as written.
     */
    public static void analyze(Connection connection, String... tables) throws SQLException {
        if (is(connection)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze " + String.join(", ", tables));
            }
        }
    }

    /** The driver's {@code COPY} on this connection, or empty when it is not PostgreSQL's. */
    public static Optional<CopyManager> copy(Connection connection) throws SQLException {
        try {
            return connection.isWrapperFor(PGConnection.class)
                    ? Optional.of(connection.unwrap(PGConnection.class).getCopyAPI()) : Optional.empty();
        } catch (NoClassDefFoundError noDriver) {
            return Optional.empty();
        }
    }

    /** The planner's row count of a table ({@code schema.table}) as of its last analysis (0 if never), or -1 when not PostgreSQL. */
    public static long estimatedRows(Connection connection, String table) throws SQLException {
        if (!is(connection)) {
            return -1;
        }
        try (java.sql.PreparedStatement query = connection.prepareStatement("select cast(greatest(reltuples, 0) as bigint) from pg_class "
                + "where oid = cast(? as regclass)")) {
            query.setString(1, table);
            try (java.sql.ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }
}
