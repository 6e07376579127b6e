package org.huzhu.insurance.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The insurance schema, migrated by Flyway as the application migrates it, on one of the two databases it runs on:
 * H2 in PostgreSQL mode (evaluation mode) or PostgreSQL (production; at {@code test.db.host}:{@code test.db.port}, default
 * 127.0.0.1:5432, as {@code test.db.user}, default postgres; the database {@code test.db.prefix} + name, default prefix
 * {@code huzhu_unit_}, is created fresh and dropped at the end). Services under test get {@link #dataSource()}, which hands
 * out one connection in one transaction, as the container does inside a transaction; {@link #commit()} ends it, so
 * what PostgreSQL checks at commit is checked.
 */
public final class InsuranceDatabase implements AutoCloseable {

    /** The databases the application runs on. */
    public enum Kind { H2, POSTGRESQL }

    private final Kind kind;
    private final String database;
    private final Connection connection;
    private final DataSource dataSource;

    private InsuranceDatabase(Kind kind, String database, Connection connection) {
        this.kind = kind;
        this.database = database;
        this.connection = connection;
        this.dataSource = oneConnection(connection);
    }

    public static InsuranceDatabase fresh(Kind kind, String name) throws SQLException {
        String database = setting("test.db.prefix", "huzhu_unit_") + name.toLowerCase(Locale.ROOT);
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        String url;
        Properties credentials = new Properties();
        if (kind == Kind.H2) {
            url = "jdbc:h2:mem:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        } else {
            credentials.setProperty("user", setting("test.db.user", "postgres"));
            credentials.setProperty("password", setting("test.db.password", ""));
            String server = "jdbc:postgresql://" + setting("test.db.host", "127.0.0.1") + ":" + setting("test.db.port", "5432") + "/";
            try (Connection admin = DriverManager.getConnection(server + "postgres", credentials); Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + database + " with (force)");
                statement.execute("create database " + database);
            }
            url = server + database;
        }
        Flyway.configure().dataSource(url, credentials.getProperty("user"), credentials.getProperty("password")).schemas("insurance")
                .createSchemas(true).table("flyway_schema_history").locations("classpath:db/migration/insurance").load().migrate();
        Connection connection = DriverManager.getConnection(url, credentials);
        connection.setAutoCommit(false);
        return new InsuranceDatabase(kind, database, connection);
    }

    public Kind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The connection of the transaction, for statements that go around the services under test. */
    public Connection connection() {
        return connection;
    }

    /** Runs now what PostgreSQL would check at commit (its deferred constraints), leaving the transaction open. */
    public void checkDeferred() throws SQLException {
        if (kind == Kind.POSTGRESQL) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set constraints all immediate");
                statement.execute("set constraints all deferred");
            }
        }
    }

    public void commit() throws SQLException {
        connection.commit();
    }

    public void rollback() throws SQLException {
        connection.rollback();
    }

    @Override
    public void close() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            connection.rollback();
            if (kind == Kind.H2) {
                statement.execute("shutdown");
            }
        } finally {
            connection.close();
        }
        if (kind == Kind.POSTGRESQL) {
            Properties credentials = new Properties();
            credentials.setProperty("user", setting("test.db.user", "postgres"));
            credentials.setProperty("password", setting("test.db.password", ""));
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + setting("test.db.host", "127.0.0.1") + ":"
                    + setting("test.db.port", "5432") + "/postgres", credentials); Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A data source that hands out the one connection; closing what it hands out leaves the connection open. */
    private static DataSource oneConnection(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> method.getName().equals("close") ? null : invoke(method, connection, arguments));
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        return unclosable;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
