package org.huzhu.claims.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.postgresql.copy.CopyManager;
import org.huzhu.platform.api.CopyRows;

/**
 * A plan year's assessment rows on PostgreSQL: the new rows streamed with one {@code COPY} per table and flush, and
 * the claims' new state written by one {@code UPDATE} per flush, joined by id to the values passed as arrays of text
 * (in the form {@link CopyRows#literal} gives them, cast to the columns' types).
 */
final class AssessmentCopy extends AssessmentWriter {

    private static final int CLAIM_COLUMNS = 9;

    private final Connection connection;
    private final CopyManager copy;
    private final Map<Table, CopyRows> rows = new EnumMap<>(Table.class);
    private final List<Object[]> claims = new ArrayList<>();
    private final PreparedStatement claim;

    AssessmentCopy(Connection connection, CopyManager copy) throws SQLException {
        this.connection = connection;
        this.copy = copy;
        for (Table table : Table.values()) {
            rows.put(table, new CopyRows(table.columns));
        }
        claim = connection.prepareStatement("update claims.claim c set assessment_no = s.assessment_no, payable = s.payable, "
                + "plan_version_id = s.plan_version_id, year_start = s.year_start, year_end = s.year_end, "
                + "approved_amount = s.approved_amount, status = s.status, updated_at = s.updated_at "
                + "from unnest(?::integer[], ?::numeric[], ?::bigint[], ?::date[], ?::date[], ?::numeric[], ?::varchar[], ?::timestamp[], "
                + "?::bigint[]) as s (assessment_no, payable, plan_version_id, year_start, year_end, approved_amount, status, updated_at, id) "
                + "where c.id = s.id");
    }

    @Override
    void row(Table table, Object... values) {
        rows.get(table).add(values);
    }

    @Override
    void claimState(Object... values) {
        claims.add(values);
    }

    @Override
    void flush() throws SQLException {
        for (Table table : Table.values()) {
            rows.get(table).copy(copy);
        }
        if (claims.isEmpty()) {
            return;
        }
        for (int column = 0; column < CLAIM_COLUMNS; column++) {
            String[] values = new String[claims.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = CopyRows.literal(claims.get(i)[column]);
            }
            claim.setArray(column + 1, connection.createArrayOf("text", values));
        }
        claim.executeUpdate();
        claims.clear();
    }

    @Override
    public void close() throws SQLException {
        claim.close();
    }
}
