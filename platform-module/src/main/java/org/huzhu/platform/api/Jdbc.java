package org.huzhu.platform.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Small helpers for plain JDBC on the application's data source. Inside a JTA transaction the container
 * hands every call the same enlisted connection, so several calls commit or roll back together.
 */
public final class Jdbc {

    private Jdbc() {
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Work with a raw connection (batches, several statements). */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    public static <T> List<T> query(DataSource dataSource, String sql, RowMapper<T> mapper, Object... parameters) {
        return withConnection(dataSource, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        });
    }

    public static <T> Optional<T> queryOne(DataSource dataSource, String sql, RowMapper<T> mapper, Object... parameters) {
        return query(dataSource, sql, mapper, parameters).stream().findFirst();
    }

    public static int update(DataSource dataSource, String sql, Object... parameters) {
        return withConnection(dataSource, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    /** Runs an insert and returns the generated {@code id} column. */
    public static long insert(DataSource dataSource, String sql, Object... parameters) {
        return withConnection(dataSource, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
                bind(statement, parameters);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("no generated id for " + sql);
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    public static <T> T withConnection(DataSource dataSource, ConnectionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    public static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        bind(statement, parameters);
        return statement;
    }

    public static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Enum<?> constant) {
                statement.setString(i + 1, constant.name());
            } else if (value instanceof java.time.LocalDate date) {
                statement.setDate(i + 1, java.sql.Date.valueOf(date));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** Executes a batch and checks that no statement failed. */
    public static void executeBatch(Statement statement) throws SQLException {
        for (int count : statement.executeBatch()) {
            if (count == Statement.EXECUTE_FAILED) {
                throw new SQLException("a statement of the batch failed");
            }
        }
    }

    /** A database failure that the caller cannot repair; the web layer answers 500 with a reference. */
    public static final class DataAccessException extends RuntimeException {
        public DataAccessException(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        /**
         * A lock this statement waited for too long (PostgreSQL 55P03 after {@code lock_timeout}, H2 HYT00), or a deadlock
         * or serialization failure it lost (40P01, 40001): the row is being changed by someone else right now, and the same
         * request a moment later may well succeed.
         */
        public boolean isBusy() {
            return busy((SQLException) getCause());
        }

        /** Whether a database error says the rows are busy (see {@link DataAccessException#isBusy()}). */
        public static boolean busy(SQLException cause) {
            String state = cause.getSQLState();
            return "55P03".equals(state) || "HYT00".equals(state) || "40P01".equals(state) || "40001".equals(state);
        }

        /** PostgreSQL's and H2's SQLSTATE for a unique-constraint violation. */
        public boolean isUniqueViolation() {
            SQLException cause = (SQLException) getCause();
            return "23505".equals(cause.getSQLState());
        }
    }
}
