package org.huzhu.runtime;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The data source behind the server-level pool {@code HuzhuPool} (JNDI {@code jdbc/huzhu}), which JPA,
 * Flyway and the Jakarta Batch job repository all share.
 *
 * <p>With {@code HUZHU_DB_URL} set (a {@code jdbc:postgresql://} URL, with {@code HUZHU_DB_USER} and
 * {@code HUZHU_DB_PASSWORD}) it connects to PostgreSQL: production. Without it, it opens the embedded H2
 * file database under {@code HUZHU_DATA_DIR} (default {@code ./data}), which survives restarts: evaluation
 * mode. Each setting may also be given as a system property of the same name.</p>
 */
public class HuzhuDataSource implements DataSource {

    public static final String URL = "HUZHU_DB_URL";
    public static final String USER = "HUZHU_DB_USER";
    public static final String PASSWORD = "HUZHU_DB_PASSWORD";
    public static final String DATA_DIR = "HUZHU_DATA_DIR";

    private static final Logger LOG = Logger.getLogger(HuzhuDataSource.class.getName());

    private volatile DataSource delegate;
    private int loginTimeout;

    /** The data source this one hands connections out of, made on first use. */
    protected DataSource open() {
        return create();
    }

    private DataSource delegate() {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                current = delegate;
                if (current == null) {
                    current = open();
                    delegate = current;
                }
            }
        }
        return current;
    }

    static DataSource create() {
        return create(setting(URL), setting(USER), setting(PASSWORD), "huzhu", false);
    }

    /**
     * A PostgreSQL data source for the URL or, without one, the embedded H2 database of evaluation mode. A read-only
     * one ({@link HuzhuReadDataSource}) makes every connection read-only, so that nothing can write through it.
     */
    static DataSource create(String url, String user, String password, String applicationName, boolean readOnly) {
        if (url != null) {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException("the database URL must be a jdbc:postgresql: URL, was " + url);
            }
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            if (user != null) {
                postgres.setUser(user);
            }
            if (password != null) {
                postgres.setPassword(password);
            }
            postgres.setApplicationName(applicationName);
            postgres.setReWriteBatchedInserts(true);
            postgres.setReadOnly(readOnly);
            if (readOnly) {
                // outside transactions too: the read pool's connections run in autocommit
                postgres.setReadOnlyMode("always");
            }
            LOG.info("Huzhu database" + (readOnly ? " for reports and coverage look-ups" : "") + ": PostgreSQL at " + url);
            return postgres;
        }
        Path folder = Path.of(setting(DATA_DIR) == null ? "data" : setting(DATA_DIR)).toAbsolutePath().normalize();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.resolve("huzhu") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        h2.setUser("huzhu");
        h2.setPassword("");
        if (!readOnly) {
            LOG.warning("Huzhu database: no " + URL + " set, so EVALUATION MODE on the embedded H2 database in " + folder);
        }
        return h2;
    }

    static String setting(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // connections log through java.util.logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return LOG;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate().isWrapperFor(type);
    }
}
