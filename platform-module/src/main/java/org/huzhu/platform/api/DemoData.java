package org.huzhu.platform.api;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A module's share of the evaluation-mode demo data. Loaded once, in ascending {@link #order()}, inside one
 * transaction on a fresh evaluation database; never in production.
 */
public interface DemoData {

    int order();

    /** Inserts this module's demo rows with plain JDBC batches on the given connection. */
    void load(Connection connection) throws SQLException;
}
