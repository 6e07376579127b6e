package org.huzhu.runtime;

import javax.sql.DataSource;

/**
 * The data source behind the pool {@code HuzhuReadPool} (JNDI {@code jdbc/huzhu-read}), from which the monthly report
 * and the coverage look-ups read ({@code ReadDatabase}).
 *
 * <p>With {@code HUZHU_DB_READ_URL} set (a {@code jdbc:postgresql://} URL of a read-only replica, with
 * {@code HUZHU_DB_READ_USER} and {@code HUZHU_DB_READ_PASSWORD}, which default to the main database's user and
 * password) it reads the replica; without it, the main database. Either way its connections are read-only, and the
 * pool hands them out outside transactions: a report's reads never join the transaction that stores it.</p>
 */
public class HuzhuReadDataSource extends HuzhuDataSource {

    public static final String READ_URL = "HUZHU_DB_READ_URL";
    public static final String READ_USER = "HUZHU_DB_READ_USER";
    public static final String READ_PASSWORD = "HUZHU_DB_READ_PASSWORD";

    @Override
    protected DataSource open() {
        String replica = setting(READ_URL);
        if (replica == null) {
            return create(setting(URL), setting(USER), setting(PASSWORD), "huzhu-read", true);
        }
        String user = setting(READ_USER) == null ? setting(USER) : setting(READ_USER);
        String password = setting(READ_USER) == null ? setting(PASSWORD) : setting(READ_PASSWORD);
        return create(replica, user, password, "huzhu-read", true);
    }
}
