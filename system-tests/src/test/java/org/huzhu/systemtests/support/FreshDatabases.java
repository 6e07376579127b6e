package org.huzhu.systemtests.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Creates the system tests' PostgreSQL databases fresh (dropped, then created empty) before the
 * integration tests run; the servers under test migrate them themselves.
 */
public final class FreshDatabases {

    private FreshDatabases() {
    }

    public static void main(String[] names) throws SQLException {
        for (String name : names) {
            recreate(name);
        }
    }

    public static void recreate(String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        }
    }

    public static Connection connect(String database) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", setting("test.db.user", "postgres"));
        credentials.setProperty("password", setting("test.db.password", ""));
        String url = jdbcUrl(database);
        try {
            return DriverManager.getConnection(url, credentials);
        } catch (SQLException e) {
            throw new SQLException("PostgreSQL is not reachable at " + url + " as " + credentials.getProperty("user")
                    + ": start it (./test.sh does) or set -Dtest.db.host/-Dtest.db.port/-Dtest.db.user", e);
        }
    }

    /** The count a query of one parameter gives on the test database. */
    public static int count(String database, String sql, Object parameter) throws SQLException {
        return first(database, sql, parameter, rows -> rows.getInt(1));
    }

    /** The amount a query of one parameter gives on the test database. */
    public static BigDecimal amount(String database, String sql, Object parameter) throws SQLException {
        return first(database, sql, parameter, rows -> rows.getBigDecimal(1));
    }

    private interface Column<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> T first(String database, String sql, Object parameter, Column<T> column) throws SQLException {
        try (Connection connection = connect(database); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return column.read(rows);
            }
        }
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + setting("test.db.host", "127.0.0.1") + ":" + setting("test.db.port", "5432") + "/" + database;
    }

    public static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
