package org.huzhu.claims.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.huzhu.platform.api.Jdbc;

/** Assessment rows as JDBC batches: a single claim's, and a plan year's on H2 (evaluation mode). */
final class AssessmentBatches extends AssessmentWriter {

    private final Connection connection;
    private final Map<Table, PreparedStatement> inserts = new EnumMap<>(Table.class);
    private final PreparedStatement claim;

    AssessmentBatches(Connection connection) throws SQLException {
        this.connection = connection;
        claim = connection.prepareStatement("update claims.claim set assessment_no = ?, payable = ?, plan_version_id = ?, year_start = ?, "
                + "year_end = ?, approved_amount = ?, status = ?, updated_at = ? where id = ?");
    }

    @Override
    void row(Table table, Object... values) throws SQLException {
        PreparedStatement insert = inserts.get(table);
        if (insert == null) {
            insert = connection.prepareStatement("insert into " + table.columns + " values ("
                    + String.join(", ", Collections.nCopies(table.width(), "?")) + ")");
            inserts.put(table, insert);
        }
        Jdbc.bind(insert, values);
        insert.addBatch();
    }

    @Override
    void claimState(Object... values) throws SQLException {
        Jdbc.bind(claim, values);
        claim.addBatch();
    }

    @Override
    void flush() throws SQLException {
        for (PreparedStatement insert : inserts.values()) { // in the order of the tables, which is that of their foreign keys
            Jdbc.executeBatch(insert);
        }
        Jdbc.executeBatch(claim);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement insert : inserts.values()) {
            insert.close();
        }
        claim.close();
    }
}
