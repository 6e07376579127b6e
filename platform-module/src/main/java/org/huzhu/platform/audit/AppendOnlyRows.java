package org.huzhu.platform.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The evaluation database's (H2) guard of the append-only tables, the audit trail, the read log and the ledger's
 * journal: a row trigger before UPDATE and DELETE that refuses the statement. PostgreSQL has the same rule as a
 * PL/pgSQL trigger ({@code db/vendor/postgresql}). H2 loads this class by name, so it stays public and without
 * dependencies.
 */
public class AppendOnlyRows implements Trigger {

    private String table;

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before, int type) {
        table = schemaName + "." + tableName;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: its rows are never updated or deleted", "55000");
    }
}
