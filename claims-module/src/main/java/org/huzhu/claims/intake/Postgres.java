package org.huzhu.claims.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Whether a connection of the pool is PostgreSQL's (production), whose driver also streams rows with
 * {@code COPY}; H2 (evaluation mode) answers no, and so does a server whose libraries lack the driver.
 */
final class Postgres {

    private Postgres() {
    }

    static boolean is(Connection connection) throws SQLException {
        return copy(connection).isPresent();
    }

    /** The driver's {@code COPY} on this connection, or empty when it is not PostgreSQL's. */
    static Optional<CopyManager> copy(Connection connection) throws SQLException {
        try {
            return connection.isWrapperFor(PGConnection.class)
                    ? Optional.of(connection.unwrap(PGConnection.class).getCopyAPI()) : Optional.empty();
        } catch (NoClassDefFoundError noDriver) {
            return Optional.empty();
        }
    }
}
